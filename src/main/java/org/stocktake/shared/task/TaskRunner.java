package org.stocktake.shared.task;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and hands the outcome back on it. Tests use {@link SameThreadTaskRunner} so a
 * ViewModel's behaviour can be checked without threads.
 */
public interface TaskRunner {

    /**
     * Runs {@code job}; exactly one of {@code onSuccess} or {@code onFailure} is then called on the FX thread (or the
     * caller's thread, for a same-thread runner).
     */
    <T> void run(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
