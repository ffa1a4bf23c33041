package org.stocktake.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.TestWorkspaces;

/**
 * The run the installed image's cache is recorded from, on the built jar. A command it names that no longer runs
 * (renamed, or given options it has lost) would silently leave that command's classes out of the cache.
 */
class CacheTrainingIT {

    @TempDir
    Path scratch;

    @Test
    void everyCommandOfTheTrainingRunSucceeds() throws IOException, InterruptedException {
        Path workspace = scratch.resolve("workspace");
        TestWorkspaces.open(workspace, Clock.systemUTC()).close();
        Path err = scratch.resolve("err.txt");

        ProcessBuilder launch = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        jar().toString(),
                        CacheTraining.class.getName(),
                        workspace.toString()))
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(err.toFile());
        Process process = launch.start();

        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        List<String> ran = Files.readAllLines(err).stream()
                .filter(line -> line.startsWith("training: "))
                .toList();
        assertThat(ran).as("the commands run").hasSize(CacheTraining.COMMANDS.size());
        assertThat(ran).as("their exit codes").allMatch(line -> line.endsWith("-> 0"));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("stocktake.jar", "target/stocktake.jar"));
        assertThat(jar).as("the jar built by mvn package").exists();
        return jar;
    }
}
