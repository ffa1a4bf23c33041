package org.stocktake.shared.task;

/** How a background job tells the user how far it has got. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {}

        @Override
        public void message(String message) {}
    };

    void update(long done, long total);

    void message(String message);

    /** Whether the user asked the job to stop: a long job checks it between steps and stops with nothing half-done. */
    default boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
