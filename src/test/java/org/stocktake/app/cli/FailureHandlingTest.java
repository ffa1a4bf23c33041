package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.files.FileWriteException;
import org.stocktake.testing.TestWorkspaces;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Every expected failure is one line and exit code 1; a fault is logged with its trace and is one line too. */
class FailureHandlingTest {

    @TempDir
    Path temp;

    private static final Path WORKSPACE = Path.of("/panel");

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the flux capacitor is empty");
        }
    }

    /** Keeps what reaches the log, as the workspace's log file would. */
    static final class Kept extends Handler {
        final List<LogRecord> records = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void aFaultIsLoggedWithItsTraceAndShownInOneLine() {
        Kept log = new Kept();
        Logger root = Logger.getLogger("");
        root.addHandler(log);
        try {
            CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
            commandLine.addSubcommand(new Boom());

            Cli.Run run = Cli.runExactly(commandLine, "boom");

            assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
            assertThat(run.errLines())
                    .containsExactly("stocktake: an unexpected error occurred: the flux capacitor is empty; details are"
                            + " in the log");
            assertThat(log.records).hasSize(1);
            assertThat(log.records.get(0).getLevel()).isEqualTo(Level.SEVERE);
            assertThat(log.records.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
        } finally {
            root.removeHandler(log);
        }
    }

    @Test
    void theWorkspacesOwnRefusalsAreTheirMessage() {
        WorkspaceInUseException inUse = new WorkspaceInUseException(WORKSPACE, new SQLException("locked"));

        assertThat(Failures.expected(inUse, WORKSPACE)).contains(inUse.getMessage());
        assertThat(Failures.expected(new NotFoundException("There is no review with the code 'x'."), WORKSPACE))
                .contains("There is no review with the code 'x'.");
    }

    @Test
    void standardOutputThatCannotBeWrittenIsAFailureNotASuccess() {
        TestWorkspaces.demo(temp.resolve("workspace"), Clock.systemUTC());
        CommandLine commandLine = StocktakeCommand.commandLine(new StocktakeCommand());
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(err, true));

        int code = commandLine.execute(
                "--data", temp.resolve("workspace").toString(), "rounds", "list", "--format", "json");

        assertThat(code).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(err.toString().lines())
                .containsExactly("stocktake: Standard output could not be written whole: the program reading it"
                        + " stopped, or the disk is full.");
    }

    /** Standard output redirected to a full disk. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    @Test
    void aUsageErrorExitsWithTwoAndPointsAtTheHelp() {
        Cli.Run run = Cli.runExactly("rounds", "list", "--colour");

        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USAGE_ERROR);
        assertThat(run.errLines())
                .containsExactly(
                        "stocktake: Unknown option: '--colour'",
                        "Try 'stocktake rounds list --help' for its options and an example.");
    }

    @Test
    void aWriteToAReadOnlyWorkspaceIsOneSentence() {
        SQLException readOnly = new SQLException("The database is read only", "90097", 90097);

        assertThat(Failures.expected(new RuntimeException("SQL [insert …]", readOnly), WORKSPACE))
                .contains("The workspace in /panel is read-only, so nothing was changed. Make the folder and its files"
                        + " writable, or work on a copy of it.");
    }

    @Test
    void aFullDiskIsOneSentence() {
        IOException full = new IOException("No space left on device");
        SQLException h2 = new SQLException("General error: Writing to … failed", "50000", 50000, full);

        assertThat(Failures.expected(new RuntimeException("SQL [insert …]", h2), WORKSPACE))
                .contains("The disk holding the workspace in /panel is full, so nothing was changed. Free some space"
                        + " and try again.");
        assertThat(Failures.expected(new FileWriteException("Cannot write x.csv: the disk is full.", full), WORKSPACE))
                .contains("Cannot write x.csv: the disk is full.");
    }

    @Test
    void aPermissionProblemSaysSo() {
        AccessDeniedException denied = new AccessDeniedException("/panel/stocktake.trace.db");

        assertThat(Failures.expected(new RuntimeException("Log file error", denied), WORKSPACE))
                .contains("Permission denied: /panel/stocktake.trace.db may not be used by you. Check its permissions,"
                        + " or choose another place.");
    }

    @Test
    void aFaultIsNotMistakenForAnExpectedFailure() {
        assertThat(Failures.expected(new IllegalStateException("bug"), WORKSPACE))
                .isEmpty();
        assertThat(Failures.expected(new NullPointerException(), WORKSPACE)).isEmpty();
        assertThat(Failures.expected(new FileSystemException("/x"), WORKSPACE)).isPresent();
    }
}
