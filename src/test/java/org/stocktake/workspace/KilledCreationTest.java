package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.demo.DemoCheck;
import org.stocktake.shared.Actor;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.workspace.service.Workspace;

/**
 * A first start killed at any moment leaves either no workspace, which the next creation makes whole, or a whole one:
 * never half a demo. Each child process creates the demo and is killed (SIGKILL) after a random delay within the
 * time a creation takes; the folder is checked after every kill and reused until a creation completes.
 */
class KilledCreationTest {

    private static final int KILLS = 20;

    @TempDir
    Path temp;

    private final Random random = new Random(Long.getLong("kill.seed", System.nanoTime()));

    private static Process child(Path folder) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CreateDemo.class.getName(),
                        folder.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Runs a creation to its end and returns how long it took after the child said it was starting, in ms. */
    private static long createWhole(Path folder) throws Exception {
        Process process = child(folder);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("starting");
        long started = System.nanoTime();
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(rest.toString()).isZero();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void killWithin(Path folder, long creationMillis) throws Exception {
        Process process = child(folder);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("starting");
        Thread.sleep((long) (random.nextDouble() * creationMillis * 1.4));
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static void assertWhole(Path folder) {
        try (AppContext context =
                AppContext.open(folder, Clock.systemUTC(), new Actor("Test"), Access.READ, Storage.DISK)) {
            DemoCheck.assertComplete(context);
        }
    }

    private static boolean holdsOnlyLeftovers(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.allMatch(c -> c.getFileName().toString().startsWith(".stocktake-new-"));
        }
    }

    @Test
    void aCreationKilledAtAnyMomentLeavesNoWorkspaceOrAWholeOne() throws Exception {
        long creation = createWhole(temp.resolve("measured"));
        assertWhole(temp.resolve("measured"));

        int none = 0;
        int whole = 0;
        int folders = 0;
        Path folder = temp.resolve("kill-" + folders);
        for (int kill = 0; kill < KILLS; kill++) {
            killWithin(folder, creation);
            if (Workspace.exists(folder)) {
                assertWhole(folder);
                whole++;
                folder = temp.resolve("kill-" + ++folders);
            } else {
                assertThat(holdsOnlyLeftovers(folder))
                        .as("a killed creation leaves at most its hidden build")
                        .isTrue();
                none++;
            }
        }
        // The last folder may hold only what a killed creation left: a creation there now succeeds.
        createWhole(folder);
        assertWhole(folder);
        System.out.printf(
                "[kill] creation takes %d ms; %d kills: %d left no workspace, %d a whole one%n",
                creation, KILLS, none, whole);
        assertThat(none + whole).isEqualTo(KILLS);
    }
}
