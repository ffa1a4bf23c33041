package org.stocktake.shared.task;

/** Work to run away from the FX thread; it may report its progress. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T run(Progress progress) throws Exception;
}
