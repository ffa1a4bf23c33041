package org.stocktake.bench;

/**
 * One timed keystroke in the register's filter, split where the FX thread's work changes hands, with the FX thread's
 * CPU time for the whole: on a busy machine the wall-clock figures include waiting for a core, the CPU time does not.
 */
record Keystroke(String text, double filterMs, double rebuildMs, double layoutMs, double cpuMs) {

    double totalMs() {
        return filterMs + rebuildMs + layoutMs;
    }
}
