package org.stocktake.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One child JVM started by {@link StartupBenchmark}: its {@code name-ms=N} probe lines, and when the harness saw
 * each one (ms after starting the process), which also counts the JVM's own boot that the child's clock misses.
 */
record ChildRun(Map<String, Long> reported, Map<String, Long> seen) {

    private static final Pattern PROBE = Pattern.compile("^([a-z-]+-ms)=(\\d+)$");
    private static final long TIMEOUT_SECONDS = 120;

    /** Runs {@code command} to its end and returns its probe lines; a child that hangs or reports nothing is fatal. */
    static ChildRun of(List<String> command, Path directory) throws IOException, InterruptedException {
        return of(command, directory, Map.of());
    }

    /** As {@link #of(List, Path)}, with {@code environment} added to the child's. */
    static ChildRun of(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        Map<String, Long> reported = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<String> output = new ArrayList<>();
        // Read on a thread of its own so a child that never exits cannot hang the harness past the timeout.
        Thread reader = new Thread(() -> read(process, started, reported, seen, output), "child-output");
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join();
            throw new IllegalStateException("Child did not exit within " + TIMEOUT_SECONDS + " s: " + tail(output));
        }
        reader.join();
        synchronized (output) {
            if (!reported.containsKey("window-shown-ms")) {
                throw new IllegalStateException("Child exited " + process.exitValue() + " without showing a window: "
                        + String.join(" | ", output) + "\n  " + command);
            }
            return new ChildRun(Map.copyOf(reported), Map.copyOf(seen));
        }
    }

    private static void read(
            Process process, long started, Map<String, Long> reported, Map<String, Long> seen, List<String> output) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                long at = (System.nanoTime() - started) / 1_000_000;
                synchronized (output) {
                    output.add(line);
                    Matcher probe = PROBE.matcher(line.strip());
                    if (probe.matches()) {
                        reported.put(probe.group(1), Long.parseLong(probe.group(2)));
                        seen.put(probe.group(1), at);
                    }
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output unreadable: " + e.getMessage() + ")");
            }
        }
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join(" | ", output.subList(Math.max(0, output.size() - 20), output.size()));
        }
    }

    long windowShown() {
        return reported.get("window-shown-ms");
    }

    long windowSeen() {
        return seen.get("window-shown-ms");
    }

    long registerReady() {
        Long ready = reported.get("register-ready-ms");
        if (ready == null) {
            throw new IllegalStateException("Stocktake did not report register-ready-ms");
        }
        return ready;
    }
}
