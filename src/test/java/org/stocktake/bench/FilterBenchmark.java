package org.stocktake.bench;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.logging.LogManager;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import org.stocktake.app.AppContext;
import org.stocktake.testing.TestWorkspaces;

/**
 * Filtering a register of 10,000 recommendations as someone types. Each keystroke is timed from setting the filter
 * field's text to the end of {@code applyCss(); layout()}: the filtering, the tree rebuild and the layout of the rows
 * on screen, all the FX thread must do before it can paint. Goal: under 50 ms per keystroke.
 *
 * <p>System properties: {@code bench.recommendations} (10000), {@code bench.warmups} (3), {@code bench.passes} (5),
 * {@code bench.pauseMs} (30) between keystrokes, so pulses and painting run between keys as they would for a typist.
 */
public final class FilterBenchmark {

    private static final double GOAL_MS = 50;
    private static final String PHRASE = "partnership budget";
    private static final List<String> WORDS = List.of("housing", "audit", "safeguarding", "accountability");

    private FilterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.recommendations", 10_000);
        int warmups = Integer.getInteger("bench.warmups", 3);
        int passes = Integer.getInteger("bench.passes", 5);
        long pauseMs = Long.getLong("bench.pauseMs", 30);
        quietLibraries();
        Path folder = FilterWorkspace.prepare(size);
        try (AppContext context = TestWorkspaces.open(folder, Clock.systemDefaultZone())) {
            DisplayMode.applyHere();
            Platform.startup(() -> {});
            RegisterUnderTest register = onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                return new RegisterUnderTest(context);
            });
            List<String> keys = keystrokes();
            StringBuilder rows = new StringBuilder();
            for (boolean grouped : new boolean[] {true, false}) {
                onFx(() -> register.group(grouped));
                for (int i = 0; i < warmups; i++) {
                    type(register, keys, pauseMs, new ArrayList<>());
                }
                List<Keystroke> measured = new ArrayList<>();
                for (int i = 0; i < passes; i++) {
                    type(register, keys, pauseMs, measured);
                }
                rows.append(row(grouped ? "grouped by theme" : "flat", measured));
                progress((grouped ? "grouped" : "flat") + " done");
            }
            int total = onFx(register::total);
            int matches = onFx(() -> register.matches(PHRASE));
            onFx(register::close);
            System.out.printf(
                    Locale.ROOT,
                    "FILTERING THE REGISTER PER KEYSTROKE - %,d generated recommendations (%,d in the register), %s%n"
                            + "  %d keystrokes a pass, %d warm-up and %d measured passes per mode; ms from setting the"
                            + " text to the end of applyCss()+layout()%n"
                            + "  register opened: load() %.0f ms, first applyCss()+layout() %.0f ms%n"
                            + "                     whole keystroke       medians of its parts   FX thread CPU%n"
                            + "  mode                median   p90    max   filter rebuild layout  median    p90"
                            + "   goal < %.0f ms%n"
                            + "%s"
                            + "  e.g. \"%s\" leaves %,d of %,d rows%n",
                    size,
                    total,
                    DisplayMode.describe(),
                    keys.size(),
                    warmups,
                    passes,
                    register.loadMs(),
                    register.firstLayoutMs(),
                    GOAL_MS,
                    rows,
                    PHRASE,
                    matches,
                    total);
        } finally {
            Platform.exit();
            ScratchFolder.delete(folder);
        }
    }

    /** Types the phrase a letter at a time and deletes it again, then types a few single words, each then cleared. */
    static List<String> keystrokes() {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= PHRASE.length(); i++) {
            keys.add(PHRASE.substring(0, i));
        }
        for (int i = PHRASE.length() - 1; i >= 0; i--) {
            keys.add(PHRASE.substring(0, i));
        }
        for (String word : WORDS) {
            for (int i = 1; i <= word.length(); i++) {
                keys.add(word.substring(0, i));
            }
            keys.add("");
        }
        return keys;
    }

    private static void type(RegisterUnderTest register, List<String> keys, long pauseMs, List<Keystroke> into)
            throws Exception {
        for (String text : keys) {
            into.add(onFx(() -> register.type(text)));
            Thread.sleep(pauseMs);
        }
    }

    private static String row(String mode, List<Keystroke> keystrokes) {
        Stats total = Stats.of(keystrokes.stream().map(Keystroke::totalMs).toList());
        double p90 = total.percentile(90);
        Stats cpu = Stats.of(keystrokes.stream().map(Keystroke::cpuMs).toList());
        // The text whose keystrokes took longest over the passes (by median), to say where the time goes.
        Map.Entry<String, Double> slowest = keystrokes.stream()
                .collect(Collectors.groupingBy(
                        Keystroke::text, Collectors.mapping(Keystroke::totalMs, Collectors.toList())))
                .entrySet()
                .stream()
                .map(e -> Map.entry(e.getKey(), Stats.of(e.getValue()).median()))
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        return String.format(
                Locale.ROOT,
                "  %-17s %7.1f %6.1f %6.1f  %6.1f %6.1f %6.1f  %6.1f %6.1f   %s%n"
                        + "      slowest: \"%s\" at %.1f ms (median)%n",
                mode,
                total.median(),
                p90,
                total.max(),
                Stats.of(keystrokes.stream().map(Keystroke::filterMs).toList()).median(),
                Stats.of(keystrokes.stream().map(Keystroke::rebuildMs).toList()).median(),
                Stats.of(keystrokes.stream().map(Keystroke::layoutMs).toList()).median(),
                cpu.median(),
                cpu.percentile(90),
                (total.median() < GOAL_MS ? "median MET" : "median MISSED")
                        + (p90 < GOAL_MS
                                ? ", p90 MET"
                                : String.format(Locale.ROOT, ", p90 over by %.0f", p90 - GOAL_MS)),
                slowest.getKey(),
                slowest.getValue());
    }

    /** The app's own logging set-up, so library chatter (jOOQ's banner, Flyway) stays out of the report. */
    private static void quietLibraries() throws IOException {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try (InputStream in = FilterBenchmark.class.getResourceAsStream("/org/stocktake/app/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static void progress(String message) {
        System.err.println("[filter] " + message);
    }
}
