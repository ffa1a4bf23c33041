package org.stocktake.shared.task;

import java.util.function.Consumer;

/** Runs each job at once on the calling thread: for tests and the command line. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = job.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
