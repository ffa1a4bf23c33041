package org.stocktake.shared.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.stocktake.testing.WindowTestBase;

/** The runner's two promises to the window: work starts from the FX thread, and closing waits for work under way. */
class FxTaskRunnerTest extends WindowTestBase {

    @Test
    void workStartedOffTheFxThreadIsRefused() {
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            assertThatThrownBy(() -> tasks.run("Reading", progress -> 1, result -> {}, error -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("FX thread");
        }
    }

    @Test
    void closingWaitsForTheJobUnderWaySoTheWorkspaceIsNotClosedUnderAWrite() throws InterruptedException {
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        onFx(() -> {
            tasks.run(
                    "Writing",
                    progress -> {
                        started.countDown();
                        Thread.sleep(500);
                        finished.set(true);
                        return null;
                    },
                    result -> {},
                    error -> {});
            return null;
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        tasks.close();

        assertThat(finished).as("the job finished before close returned").isTrue();
    }
}
