package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process that says "starting" before its work, either to its end (to measure the work) or until a
 * SIGKILL after a random delay within the work's measured length. The number of kills is a system property so that a
 * longer run can be asked for without changing the test.
 */
final class KillHarness {

    private final Class<?> main;
    private final Random random = new Random(Long.getLong("kill.seed", System.nanoTime()));

    KillHarness(Class<?> main) {
        this.main = main;
    }

    static int kills(String property, int otherwise) {
        return Integer.getInteger(property, otherwise);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Runs the work to its end and returns how long it took after the child said it was starting, in ms. */
    long runWhole(String... args) throws Exception {
        Process process = start(args);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("starting");
        long started = System.nanoTime();
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(rest.toString()).isZero();
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Starts the work and kills it with SIGKILL at a random moment within 1.2 times {@code workMillis}; returns that
     * moment, in ms after the child said it was starting.
     */
    long killWithin(long workMillis, String... args) throws Exception {
        Process process = start(args);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("starting");
        long delay = (long) (random.nextDouble() * workMillis * 1.2);
        Thread.sleep(delay);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return delay;
    }
}
