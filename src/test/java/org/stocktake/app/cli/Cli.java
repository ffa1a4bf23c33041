package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.app.AppContext;
import org.stocktake.testing.TestWorkspaces;
import picocli.CommandLine;

/** Runs the command line as the jar does, over a demo workspace in a folder, and keeps what it printed. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path workspace;

    Cli(Path workspace) {
        this.workspace = workspace;
        TestWorkspaces.demo(workspace, Clock.systemUTC());
    }

    /** Runs {@code args} with {@code --data} in front. */
    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", workspace.toString()));
        all.addAll(List.of(args));
        return runExactly(all.toArray(String[]::new));
    }

    /** Runs {@code args} as they are, on the command line the jar builds for them (only the command they name). */
    static Run runExactly(String... args) {
        return runExactly(StocktakeCommand.commandLine(new StocktakeCommand(), args), args);
    }

    static Run runExactly(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The workspace opened directly, e.g. to add awkward data. */
    AppContext open() {
        return TestWorkspaces.open(workspace, Clock.systemUTC());
    }
}
