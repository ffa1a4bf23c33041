package org.stocktake.app;

/**
 * Whether work can run beside JavaFX's own start without delaying the window. On two cores it cannot: the toolkit
 * starts on two threads of its own, and the benchmark showed the window half as late again with the database opening
 * beside it. With more cores that work is free.
 */
public final class SpareCores {

    private SpareCores() {}

    /** True when a start-up job may run on its own thread while the window is being shown. */
    public static boolean besideTheWindow() {
        return Runtime.getRuntime().availableProcessors() > 2;
    }
}
