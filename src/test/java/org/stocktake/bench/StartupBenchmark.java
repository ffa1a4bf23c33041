package org.stocktake.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stocktake.shared.config.DataFolder;
import org.stocktake.testing.TestWorkspaces;

/**
 * Start-up to the first window shown: Stocktake ({@code target/stocktake.jar} with its start-up probe) against a bare
 * JavaFX window, both as fresh child JVMs with the same flags, alternated so drift in the machine hits both alike.
 * Whole-process times are noisy, so only the ratio within one run means much. Goal: Stocktake at most 1.5x the bare
 * window shown, and the register ready at most 2x the bare window shown.
 *
 * <p>System properties: {@code bench.runs} (default 7), {@code bench.firstStarts} (default 3), {@code bench.jar},
 * {@code bench.childJvmArgs} (extra flags for both children, e.g. {@code -Xlog:class+load:file=...}), and
 * {@code bench.image}: an app image made by {@code installer/app-image}, whose launcher then starts Stocktake and whose
 * runtime runs the bare window.
 */
public final class StartupBenchmark {

    private static final double GOAL = 1.5;
    private static final double READY_GOAL = 2.0;

    private StartupBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.runs", 7);
        int firstStarts = Integer.getInteger("bench.firstStarts", 3);
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/stocktake.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
        }
        InstalledImage image = InstalledImage.fromProperty();
        if (image != null && DisplayMode.headless()) {
            throw new IllegalStateException("An installed launcher needs a display: run under xvfb-run");
        }
        Path scratch = ScratchFolder.create("stocktake-startup-bench-");
        List<String> java = javaCommand(image);
        List<String> bare = command(java, classPath(bareClassPath()), BareWindowLauncher.class.getName());
        Map<String, String> probe = image == null ? Map.of() : Map.of("STOCKTAKE_STARTUP_PROBE", "1");
        try {
            // Read the JavaFX jars once so the first measured run is not also the first read from disk.
            ChildRun.of(bare, scratch);
            List<ChildRun> fresh = new ArrayList<>();
            for (int i = 1; i <= firstStarts; i++) {
                // A first start names no folder: a folder named with --data is only made after asking.
                Map<String, String> environment = new HashMap<>(probe);
                environment.put(
                        DataFolder.ENVIRONMENT_VARIABLE,
                        scratch.resolve("first-" + i).toString());
                fresh.add(ChildRun.of(app(image, java, jar, null), scratch, environment));
                progress("first start " + i + "/" + firstStarts);
            }
            // The workspace for the normal starts exists now (made by a first start, or made here), so those
            // measure an ordinary start, not the demo being seeded.
            Path workspace = scratch.resolve("first-1");
            if (firstStarts == 0) {
                TestWorkspaces.open(workspace, Clock.systemDefaultZone()).close();
            }
            List<ChildRun> bares = new ArrayList<>();
            List<ChildRun> apps = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                bares.add(ChildRun.of(bare, scratch));
                apps.add(ChildRun.of(app(image, java, jar, workspace), scratch, probe));
                progress("run " + i + "/" + runs + ": bare " + bares.get(i - 1).windowShown() + " ms, app "
                        + apps.get(i - 1).windowShown() + " ms");
            }
            report(runs, bares, apps, fresh, java, image);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** The bare window's JVM, and the app's too unless it starts from an installed image's launcher. */
    private static List<String> javaCommand(InstalledImage image) {
        List<String> java = WholeProcess.floorJava(image);
        // The same flags for both children, so only what they run differs.
        java.add("-Djavafx.cachedir="
                + Path.of(System.getProperty("javafx.cachedir", "target/javafx-cache"))
                        .toAbsolutePath());
        java.add("-Dstocktake.startupProbe=true");
        java.addAll(DisplayMode.jvmFlags());
        String extra = System.getProperty("bench.childJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            java.addAll(List.of(extra.split("\\s+")));
        }
        return java;
    }

    /** This benchmark's own classes and the JavaFX jars (the same JavaFX that is inside stocktake.jar), no more. */
    private static List<String> bareClassPath() {
        List<String> entries = new ArrayList<>();
        entries.add(ownLocation());
        entries.addAll(DisplayMode.ownClassPath("javafx-"));
        entries.addAll(DisplayMode.extraClassPath());
        return entries;
    }

    private static String ownLocation() {
        try {
            return Path.of(BareWindow.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> app(InstalledImage image, List<String> java, Path jar, Path workspace) {
        List<String> command;
        if (image == null) {
            List<String> entries = new ArrayList<>();
            entries.add(jar.toString());
            entries.addAll(DisplayMode.extraClassPath());
            command = command(java, classPath(entries), "org.stocktake.app.Launcher");
        } else {
            command = new ArrayList<>(List.of(image.launcher().toString()));
        }
        if (workspace != null) {
            command.addAll(List.of("--data", workspace.toString()));
        }
        return command;
    }

    private static List<String> command(List<String> java, String classPath, String mainClass) {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-cp", classPath, mainClass));
        return command;
    }

    private static String classPath(List<String> entries) {
        return String.join(File.pathSeparator, entries);
    }

    private static void report(
            int runs,
            List<ChildRun> bares,
            List<ChildRun> apps,
            List<ChildRun> fresh,
            List<String> java,
            InstalledImage image) {
        Stats bare = Stats.of(bares.stream().map(ChildRun::windowShown).toList());
        Stats app = Stats.of(apps.stream().map(ChildRun::windowShown).toList());
        Stats ready = Stats.of(apps.stream().map(ChildRun::registerReady).toList());
        Stats bareSeen = Stats.of(bares.stream().map(ChildRun::windowSeen).toList());
        Stats appSeen = Stats.of(apps.stream().map(ChildRun::windowSeen).toList());
        double ratio = app.median() / bare.median();
        System.out.println("START-UP TO FIRST WINDOW SHOWN - " + DisplayMode.describe() + ", " + runs
                + " runs each, alternating bare/app");
        System.out.println("  Stocktake: " + (image == null ? "the jar, on this JDK" : image.describe()));
        System.out.println("  child flags: " + String.join(" ", java.subList(1, java.size())));
        System.out.println("  ms since the child JVM started         median    min    max");
        row("bare JavaFX window: shown", bare);
        row("Stocktake: window shown", app);
        row("Stocktake: register ready", ready);
        System.out.printf(
                Locale.ROOT,
                "  ratio app/bare, window shown (medians): %.2f  goal <= %.1f: %s%n",
                ratio,
                GOAL,
                ratio <= GOAL ? "MET" : String.format(Locale.ROOT, "MISSED by %.0f%%", (ratio / GOAL - 1) * 100));
        double readyRatio = ready.median() / bare.median();
        System.out.printf(
                Locale.ROOT,
                "  ratio register ready/bare window shown (medians): %.2f  goal <= %.1f: %s%n",
                readyRatio,
                READY_GOAL,
                readyRatio <= READY_GOAL
                        ? "MET"
                        : String.format(Locale.ROOT, "MISSED by %.0f%%", (readyRatio / READY_GOAL - 1) * 100));
        System.out.printf(
                Locale.ROOT,
                "  as the harness saw it (process spawn to line): bare %.0f ms, app %.0f ms, ratio %.2f%n",
                bareSeen.median(),
                appSeen.median(),
                appSeen.median() / bareSeen.median());
        if (!fresh.isEmpty()) {
            Stats freshShown =
                    Stats.of(fresh.stream().map(ChildRun::windowShown).toList());
            Stats freshReady =
                    Stats.of(fresh.stream().map(ChildRun::registerReady).toList());
            System.out.printf(
                    Locale.ROOT,
                    "  first start (new workspace, demo seeded), %d runs: window shown median %.0f ms, register ready"
                            + " median %.0f ms (max %.0f)%n",
                    fresh.size(),
                    freshShown.median(),
                    freshReady.median(),
                    freshReady.max());
        }
    }

    private static void row(String what, Stats stats) {
        System.out.printf(Locale.ROOT, "  %-37s %7.0f %6.0f %6.0f%n", what, stats.median(), stats.min(), stats.max());
    }

    private static void progress(String message) {
        System.err.println("[startup] " + message);
    }
}
