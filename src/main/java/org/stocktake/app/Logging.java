package org.stocktake.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

/** Keeps the console for what the user asked for: libraries log only warnings and errors. */
final class Logging {

    private Logging() {}

    static void configure() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        try (InputStream in = Logging.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            // The default configuration still logs; nothing the user needs is lost.
        }
    }
}
