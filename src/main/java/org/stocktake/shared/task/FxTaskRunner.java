package org.stocktake.shared.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
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

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stocktake-tasks");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private int running;

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
