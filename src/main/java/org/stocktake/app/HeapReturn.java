package org.stocktake.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Has the default collector (G1) give back the memory a burst of work left empty, once the program is idle: run from
 * a jar, Stocktake gets G1 with a heap sized from the machine (a sixty-fourth of it to start), which it fills with the
 * garbage of opening the library and searching it and keeps, though what the library holds is a few tens of
 * megabytes. A collection after ten seconds without one, and a heap kept at most a third free, bring it back to what
 * is held. The installed image's serial collector returns memory at each full collection already and is left alone.
 */
public final class HeapReturn {

    private static final Logger LOG = Logger.getLogger(HeapReturn.class.getName());
    private static final String IDLE_COLLECTION_MS = "10000";

    private HeapReturn() {}

    /**
     * Sets the collector's flags on a thread of its own, once the window is up: the management classes this takes
     * would add to every start, and a command ends before its heap matters.
     */
    public static void inTheBackground() {
        Thread thread = new Thread(HeapReturn::whenIdle, "stocktake-heap-return");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sets the collector's flags that can be set while running; where they cannot be, nothing changes. */
    public static void whenIdle() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .anyMatch(name -> name.startsWith("G1"));
        if (!g1) {
            return;
        }
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // The lower bound first: the upper may never be set below it.
            hotspot.setVMOption("MinHeapFreeRatio", "10");
            hotspot.setVMOption("MaxHeapFreeRatio", "30");
            hotspot.setVMOption("G1PeriodicGCInterval", IDLE_COLLECTION_MS);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.FINE,
                    "The collector's flags could not be set; memory is returned as the runtime sees fit",
                    e);
        }
    }
}
