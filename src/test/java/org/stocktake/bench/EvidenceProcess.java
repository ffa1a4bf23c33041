package org.stocktake.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One child process of the evidence benchmark run to its end: its wall time from start to exit, the most memory it
 * held (the kernel's high-water mark of its resident set, read while it runs) and its output.
 */
record EvidenceProcess(double ms, long peakKb, String output) {

    private static final long POLL_MS = 100;

    /** Runs {@code command} in {@code directory}; a failure or a run past {@code timeoutSeconds} is fatal. */
    static EvidenceProcess run(List<String> command, Path directory, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("stocktake-evidence-bench-", ".log");
        try {
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
            long peakKb = -1;
            long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (!process.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, highWaterMark(status));
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException("Did not finish within " + timeoutSeconds + " s: " + command);
                }
            }
            double ms = (System.nanoTime() - started) / 1e6;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Exited " + process.exitValue() + ": " + command + "\n" + tail(output));
            }
            return new EvidenceProcess(ms, peakKb, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The {@code key=value} lines of the output. */
    Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.substring(0, equals).contains(" ")) {
                values.put(line.substring(0, equals), line.substring(equals + 1).strip());
            }
        }
        return values;
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between two looks.
        }
        return -1;
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }
}
