package org.stocktake.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.shared.Actor;
import org.stocktake.testing.TestWorkspaces;

/**
 * No committed change is ever lost: a child process writes through the services as fast as it can and is killed
 * (SIGKILL) at a random moment, again and again on the same workspace. After each kill the workspace opens, its audit
 * trail verifies as {@code stocktake audit verify} checks it, and every change the child logged as committed is there.
 * Most kills land while the child writes; some while it is still opening the workspace.
 *
 * <p>{@code -Dstocktake.crash.kills=N} sets how many kills (50 by default); {@code -Dstocktake.crash.seed=S} replays a
 * run, whose seed every failure names.
 */
@Tag("crash")
class CrashHarnessTest {

    private static final int KILLS = Integer.getInteger("stocktake.crash.kills", 50);
    private static final long SEED = Long.getLong("stocktake.crash.seed", System.nanoTime());
    private static final long MAX_WRITING_MS = 1_500;

    @TempDir
    Path temp;

    @Test
    void everyChangeReportedCommittedSurvivesAKillAtAnyMoment() throws Exception {
        Path workspace = temp.resolve("workspace");
        Path log = temp.resolve("committed.log");
        TestWorkspaces.demo(workspace, Clock.systemUTC());
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int duringOpening = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            String context = "kill " + kill + " of " + KILLS + " (seed " + SEED + ")";
            if (killAtRandom(workspace, log, random)) {
                duringOpening++;
            }
            CommittedChanges committed = CommittedChanges.readFrom(log);
            try (AppContext opened = AppContext.open(workspace, Clock.systemUTC(), new Actor("Harness"))) {
                AuditVerification verification = opened.audit().verify();
                assertThat(verification.intact())
                        .as(context + ": " + verification.describe())
                        .isTrue();
                assertThat(committed.missingFrom(opened))
                        .as(context + ": changes logged as committed but missing")
                        .isEmpty();
                assertThat(opened.store().stored())
                        .as(context + ": stored files after opening, against those the library names")
                        .isEqualTo(opened.evidence().storedDigests());
            }
        }
        int changes = CommittedChanges.readFrom(log).size();
        System.out.printf(
                "[crash] %d kills survived (%d while opening), %d committed changes checked, %.1f s (seed %d)%n",
                KILLS, duringOpening, changes, (System.nanoTime() - started) / 1e9, SEED);
        assertThat(changes)
                .as("the children wrote something (seed " + SEED + ")")
                .isPositive();
    }

    /** Starts a writer and kills it; true when the kill came before it had begun writing. */
    private boolean killAtRandom(Path workspace, Path log, Random random) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HeavyWriter.class.getName(),
                        workspace.toString(),
                        log.toString(),
                        temp.resolve("scratch").toString(),
                        Long.toString(random.nextLong()))
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(child, output, ready), "crash-writer-output");
        reader.setDaemon(true);
        reader.start();
        boolean duringOpening = random.nextInt(5) == 0;
        try {
            if (duringOpening) {
                Thread.sleep(random.nextInt(1_500));
            } else {
                assertThat(ready.get(60, TimeUnit.SECONDS))
                        .as("the writer started: " + output)
                        .isTrue();
                Thread.sleep(random.nextLong(MAX_WRITING_MS));
            }
            assertThat(child.isAlive())
                    .as("the writer was still writing when killed: " + output)
                    .isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return duringOpening && !ready.getNow(false);
    }

    /**
     * Reads the child's output to its end, completing {@code ready} with true once it says it is writing (false if it
     * ends first); keeps what it said for a failure and drains the rest so it never blocks on a full pipe.
     */
    private static void read(Process child, List<String> output, CompletableFuture<Boolean> ready) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.equals(HeavyWriter.READY)) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // The kill closes the pipe.
        }
        ready.complete(false);
    }
}
