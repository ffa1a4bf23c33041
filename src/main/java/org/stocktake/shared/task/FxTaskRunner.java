package org.stocktake.shared.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs jobs one at a time on a single background thread, as {@link Task}s, so that writes to the workspace never
 * race each other. The properties describe the job under way for the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    static final long CLOSE_WAIT_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stocktake-tasks");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private int running;
    /** The stop flag of the job now running on the background thread. */
    private volatile AtomicBoolean stopFlag = new AtomicBoolean();

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when called off the FX thread: the status properties and the callbacks belong to
     *     it, and a job started from elsewhere would race them
     */
    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException(
                    "Background work is started from the FX thread, not " + Thread.currentThread());
        }
        if (executor.isShutdown()) {
            // The window is closing (a timer fired after the runner was closed): the work would run over a closed
            // workspace, so it is not started; work that must not be lost is done before closing, on the caller.
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                stopFlag = stop;
                updateMessage(title);
                return job.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return stop.get();
                    }
                });
            }
        };
        running++;
        busy.set(true);
        message.bind(task.messageProperty());
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void finished() {
        running--;
        if (running == 0) {
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(-1);
            busy.set(false);
        }
    }

    /**
     * Asks the job now running to stop. A job that checks {@link Progress#isCancelled} stops at its next step and
     * reports what it did; the thread is never interrupted, since an interrupt closes the database's file under it.
     */
    public void stopCurrent() {
        stopFlag.set(true);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Takes no new work and waits (up to {@value #CLOSE_WAIT_SECONDS} seconds) for the job under way and those queued,
     * so the workspace is never closed under a write. Their callbacks do not run: the window is going.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Background work was still running " + CLOSE_WAIT_SECONDS + " s after closing began");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
