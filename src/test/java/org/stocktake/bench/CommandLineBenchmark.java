package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code stocktake recommendations list} as a whole process against its floor, a bare JDBC program printing the same
 * rows from the same H2 file ({@link BareJdbcListing}), alternated so drift in the machine hits both alike. Goal:
 * Stocktake at most 1.5x the floor. Properties {@code bench.runs} (default 9), {@code bench.jar}, and {@code bench.image}
 * (an app image made by {@code installer/app-image}, whose launcher then runs Stocktake and whose runtime the floor).
 */
public final class CommandLineBenchmark {

    private static final double GOAL = 1.5;

    private CommandLineBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 9);
        Path scratch = ScratchFolder.create("stocktake-cli-bench-");
        try {
            Path workspace = scratch.resolve("workspace");
            InstalledImage image = InstalledImage.fromProperty();
            List<String> java = WholeProcess.floorJava(image);
            List<String> stocktake = WholeProcess.stocktake(image);
            WholeProcess.time(
                    WholeProcess.concat(stocktake, "init", "--demo", workspace.toString()), scratch, Map.of());
            List<String> app =
                    WholeProcess.concat(stocktake, "--data", workspace.toString(), "recommendations", "list");
            List<String> floor = WholeProcess.concat(
                    java, "-cp", floorClassPath(), BareJdbcListing.class.getName(), workspace.toString());
            WholeProcess.time(app, scratch, Map.of());
            WholeProcess.time(floor, scratch, Map.of());
            List<Double> apps = new ArrayList<>();
            List<Double> floors = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                floors.add(WholeProcess.time(floor, scratch, Map.of()));
                apps.add(WholeProcess.time(app, scratch, Map.of()));
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

    private static void report(int runs, Stats floor, Stats app, InstalledImage image) {
        System.out.println(
                "COMMAND LINE: recommendations list as a whole process, " + runs + " runs each, alternating");
        System.out.println("  Stocktake: " + (image == null ? "java -jar, on this JDK" : image.describe()));
        WholeProcess.printPair("bare JDBC listing (H2 only)", floor, "stocktake recommendations list", app, GOAL);
    }
}
