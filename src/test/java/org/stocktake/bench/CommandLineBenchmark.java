package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code stocktake recommendations list} as a whole process against its floor, a bare JDBC program printing the same
 * rows from the same H2 file ({@link BareJdbcListing}), alternated so drift in the machine hits both alike. Goal:
 * Stocktake at most 1.5x the floor. Properties {@code bench.runs} (default 9), {@code bench.jar}, and {@code bench.image}
 * (an app image made by {@code installer/app-image}, whose launcher then runs Stocktake and whose runtime the floor).
 */
public final class CommandLineBenchmark {

    private static final double GOAL = 1.5;
    private static final long TIMEOUT_SECONDS = 120;

    private CommandLineBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 9);
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/stocktake.jar")).toAbsolutePath();
        Path scratch = ScratchFolder.create("stocktake-cli-bench-");
        try {
            Path workspace = scratch.resolve("workspace");
            InstalledImage image = InstalledImage.fromProperty();
            List<String> java = new ArrayList<>();
            List<String> stocktake = new ArrayList<>();
            if (image == null) {
                java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                stocktake.addAll(java);
                stocktake.addAll(List.of("-jar", jar.toString()));
            } else {
                // The floor on the image's runtime with its launcher's options: only what runs differs.
                java.add(image.java().toString());
                java.addAll(image.runtimeOptions());
                stocktake.add(image.launcher().toString());
            }
            run(concat(stocktake, "init", "--demo", workspace.toString()), scratch);
            List<String> app = concat(stocktake, "--data", workspace.toString(), "recommendations", "list");
            List<String> floor =
                    concat(java, "-cp", floorClassPath(), BareJdbcListing.class.getName(), workspace.toString());
            run(app, scratch);
            run(floor, scratch);
            List<Double> apps = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                floors.add(run(floor, scratch));
                apps.add(run(app, scratch));
                System.err.printf(
                        Locale.ROOT,
                        "[cli] run %d/%d: bare %.0f ms, app %.0f ms%n",
                        i,
                        runs,
                        floors.get(i - 1),
                        apps.get(i - 1));
            }
            report(runs, Stats.of(floors), Stats.of(apps), image);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** Runs the command to its end and returns its wall time in ms; a failure or a hang is fatal. */
    private static double run(List<String> command, Path directory) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Exited " + process.exitValue() + ": " + command);
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static String floorClassPath() {
        List<String> entries = new ArrayList<>(DisplayMode.ownClassPath("h2-"));
        try {
            entries.add(Path.of(BareJdbcListing.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (entries.size() < 2 || !Files.exists(Path.of(entries.get(0)))) {
            throw new IllegalStateException("No H2 jar on the class path: run from .ci/bench");
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> concat(List<String> start, String... rest) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(rest));
        return command;
    }

    private static void report(int runs, Stats floor, Stats app, InstalledImage image) {
        double ratio = app.median() / floor.median();
        System.out.println(
                "COMMAND LINE: recommendations list as a whole process, " + runs + " runs each, alternating");
        System.out.println("  Stocktake: " + (image == null ? "java -jar, on this JDK" : image.describe()));
        System.out.println("  ms, process start to exit                  median    min    max");
        System.out.printf(
                Locale.ROOT,
                "  %-40s %7.0f %6.0f %6.0f%n",
                "bare JDBC listing (H2 only)",
                floor.median(),
                floor.min(),
                floor.max());
        System.out.printf(
                Locale.ROOT,
                "  %-40s %7.0f %6.0f %6.0f%n",
                "stocktake recommendations list",
                app.median(),
                app.min(),
                app.max());
        System.out.printf(
                Locale.ROOT,
                "  ratio app/bare (medians): %.2f  goal <= %.1f: %s%n",
                ratio,
                GOAL,
                ratio <= GOAL ? "MET" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / GOAL - 1) * 100));
    }
}
