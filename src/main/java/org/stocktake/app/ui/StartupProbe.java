package org.stocktake.app.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * When the benchmark starts the app with {@code -Dstocktake.startupProbe=true}, or with
 * {@code STOCKTAKE_STARTUP_PROBE=1} in the environment where it cannot pass JVM options (an installed launcher), reports
 * how long after the JVM started the window was shown and the register was ready, then quits. Does nothing otherwise.
 */
final class StartupProbe {

    static final boolean ENABLED =
            Boolean.getBoolean("stocktake.startupProbe") || "1".equals(System.getenv("STOCKTAKE_STARTUP_PROBE"));

    private StartupProbe() {}

    static void windowShown() {
        if (ENABLED) {
            report("window-shown-ms");
        }
    }

    static void registerReady() {
        if (ENABLED) {
            report("register-ready-ms");
            Platform.exit();
        }
    }

    private static void report(String what) {
        long sinceStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + "=" + sinceStart);
        System.out.flush();
    }
}
