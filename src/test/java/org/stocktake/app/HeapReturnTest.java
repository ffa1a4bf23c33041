package org.stocktake.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Under the default collector, an idle Stocktake collects and gives back what its heap holds empty. */
class HeapReturnTest {

    @Test
    void theDefaultCollectorIsToldToCollectWhenIdleAndKeepLittleFree() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().startsWith("G1"));
        assumeTrue(g1, "the tests run under another collector");

        HeapReturn.whenIdle();

        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(hotspot.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("10000");
        assertThat(Integer.parseInt(hotspot.getVMOption("MaxHeapFreeRatio").getValue()))
                .isLessThanOrEqualTo(30);
    }
}
