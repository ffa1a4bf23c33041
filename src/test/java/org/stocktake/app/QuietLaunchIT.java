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

    /**
     * What a listing of a plain workspace starts is what every command pays before it does anything: JavaFX, or
     * Jackson's object mapper (about a fifth of a listing's start when the key file check made one), or the
     * management classes that tune the window's collector, have no place in it. A class loaded only by name for checking is not counted; a mapper made or a toolkit started would be.
     */
    @Test
    void aListingStartsNeitherJavaFxNorAJsonMapper() throws IOException, InterruptedException {
        TestWorkspaces.open(workspace, Clock.systemUTC()).close();
        Path loaded = output.resolve("classes.txt");

        ProcessBuilder launch = new ProcessBuilder(List.of(
                        java(),
                        "-Xlog:class+load=info:file=" + loaded,
                        "-jar",
                        jar().toString(),
                        "--data",
                        workspace.toString(),
                        "recommendations",
                        "list"))
                .redirectOutput(output.resolve("out.txt").toFile())
                .redirectError(output.resolve("err.txt").toFile());
        Process process = launch.start();

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code").isZero();
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes)
                .as("the log names the command's classes")
                .anyMatch(l -> l.contains("RecommendationsCommand"));
        assertThat(classes)
                .as("classes loaded by a listing")
                .noneMatch(l -> l.contains(" com.fasterxml.jackson.databind.ObjectMapper "))
                .noneMatch(l -> l.contains(" javafx.application."))
                .noneMatch(l -> l.contains(" java.lang.management.ManagementFactory "));
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
