package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A command timed as a whole process, from its start to its exit, as a user running it would wait for it. */
final class WholeProcess {

    private static final long TIMEOUT_SECONDS = 120;

    private WholeProcess() {}

    /**
     * Runs {@code command} in {@code directory} to its end and returns its wall time in ms. Its output is kept in
     * {@code output.txt} there and shown if it fails; a failure or a hang is fatal.
     */
    static double time(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        return time(command, directory, environment, TIMEOUT_SECONDS);
    }

    /** As {@link #time(List, Path, Map)}, for a command that may take up to {@code timeoutSeconds}. */
    static double time(List<String> command, Path directory, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path output = directory.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not finish within " + timeoutSeconds + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "Exited " + process.exitValue() + ": " + command + "\n" + Files.readString(output));
        }
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * How a floor is started: on the image's runtime with its launcher's options, so that only what runs differs, or
     * on this JDK when there is no image.
     */
    static List<String> floorJava(InstalledImage image) {
        List<String> java = new ArrayList<>();
        if (image == null) {
            java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        } else {
            java.add(image.java().toString());
            java.addAll(image.runtimeOptions());
        }
        return java;
    }

    /** How a Stocktake command is started: the image's command launcher, or the jar named by {@code bench.jar} on this JDK. */
    static List<String> stocktake(InstalledImage image) {
        if (image != null) {
            return List.of(image.commandLauncher().toString());
        }
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/stocktake.jar")).toAbsolutePath();
        return concat(floorJava(null), "-jar", jar.toString());
    }

    /** The two figures' rows, medians first, and their ratio against {@code goal}. */
    static void printPair(String floorName, Stats floor, String appName, Stats app, double goal) {
        System.out.println("  ms, process start to exit                  median    min    max");
        for (var row : List.of(Map.entry(floorName, floor), Map.entry(appName, app))) {
            Stats stats = row.getValue();
            System.out.printf(
                    Locale.ROOT, "  %-40s %7.0f %6.0f %6.0f%n", row.getKey(), stats.median(), stats.min(), stats.max());
        }
        double ratio = app.median() / floor.median();
        System.out.printf(
                Locale.ROOT,
                "  ratio app/bare (medians): %.2f  goal <= %.1f: %s%n",
                ratio,
                goal,
                ratio <= goal ? "MET" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / goal - 1) * 100));
    }

    /** {@code start} followed by {@code rest}. */
    static List<String> concat(List<String> start, String... rest) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(rest));
        return command;
    }

    /** This process's class path with every entry absolute, for a child started in another folder. */
    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
