package org.stocktake.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.TestWorkspaces;

class LoggingTest {

    private static final Logger LOG = Logger.getLogger(LoggingTest.class.getName());

    @TempDir
    Path workspace;

    @Test
    void anUnexpectedFailureEndsInTheWorkspaceLogWithItsStackTrace() throws IOException {
        Logging.toWorkspace(workspace);

        LOG.log(Level.SEVERE, "Could not save the round", new IllegalStateException("the disk said no"));

        String log = Files.readString(workspace.resolve("logs").resolve("stocktake.log"));
        assertThat(log)
                .contains("SEVERE " + LoggingTest.class.getName() + ": Could not save the round")
                .contains("java.lang.IllegalStateException: the disk said no")
                .contains("\tat " + LoggingTest.class.getName() + ".anUnexpectedFailureEndsInTheWorkspaceLog");
    }

    @Test
    void openingAWorkspaceStartsItsLog() throws IOException {
        TestWorkspaces.open(workspace, Clock.systemUTC()).close();

        LOG.warning("Logged after the workspace was opened");

        assertThat(Files.readString(workspace.resolve("logs").resolve("stocktake.log")))
                .contains("Logged after the workspace was opened");
    }

    @Test
    void aLogFolderThatCannotBeMadeStopsNothingAndItsRecordsWaitForTheNextWorkspace() throws IOException {
        Path blocked = workspace.resolve("blocked");
        Files.createDirectories(blocked);
        Files.writeString(blocked.resolve("logs"), "a file where the log folder would go");

        assertThatCode(() -> {
                    Logging.toWorkspace(blocked);
                    LOG.log(Level.SEVERE, "Logged while no file could be written", new IllegalStateException());
                })
                .doesNotThrowAnyException();

        Path next = workspace.resolve("next");
        Logging.toWorkspace(next);
        assertThat(Files.readString(next.resolve("logs").resolve("stocktake.log")))
                .contains("Logged while no file could be written");
    }

    @Test
    void aFullLogRollsOverAndKeepsAFewOlderFiles() throws IOException {
        RollingLogFile log = RollingLogFile.in(workspace.resolve("logs"), 1_000, 2);

        for (int i = 0; i < 100; i++) {
            log.publish(new LogRecord(Level.WARNING, "Record number " + i + " of a long run of warnings"));
        }

        Path folder = workspace.resolve("logs");
        assertThat(folder.resolve("stocktake.log")).exists();
        assertThat(folder.resolve("stocktake.log.1")).exists();
        assertThat(folder.resolve("stocktake.log.2")).exists();
        assertThat(folder.resolve("stocktake.log.3"))
                .as("only two older files are kept")
                .doesNotExist();
        for (String name : new String[] {"stocktake.log", "stocktake.log.1", "stocktake.log.2"}) {
            assertThat(Files.size(folder.resolve(name))).isLessThanOrEqualTo(1_000);
        }
        assertThat(Files.readString(folder.resolve("stocktake.log"))).contains("Record number 99 ");
    }
}
