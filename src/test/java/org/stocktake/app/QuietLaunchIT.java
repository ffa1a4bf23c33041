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

/** The built jar, started as a user starts it, on the JDK running the build. */
class QuietLaunchIT {

    @TempDir
    Path workspace;

    @TempDir
    Path output;

    @Test
    void aNormalCommandWritesNothingToStandardError() throws IOException, InterruptedException {
        TestWorkspaces.open(workspace, Clock.systemUTC()).close();
        Path out = output.resolve("out.txt");
        Path err = output.resolve("err.txt");

        ProcessBuilder launch = new ProcessBuilder(List.of(
                        java(), "-jar", jar().toString(), "--data", workspace.toString(), "recommendations", "list"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Options a user sets for every JVM make the JDK itself say so on standard error; that is theirs, not ours.
        launch.environment().remove("JDK_JAVA_OPTIONS");
        launch.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = launch.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the command finishes")
                .isTrue();
        assertThat(process.exitValue()).as("exit code").isZero();
        assertThat(Files.readString(out)).as("the register is listed").contains("kerslake-2014");
        assertThat(Files.readString(err)).as("standard error").isEmpty();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("stocktake.jar", "target/stocktake.jar"));
        assertThat(jar).as("the jar built by mvn package").exists();
        return jar;
    }
}
