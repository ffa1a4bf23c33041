package org.stocktake.shared.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * jOOQ's own setting-up (its data types for every dialect, its renderer), begun on a thread of its own as soon as the
 * process starts. It costs about as much as parsing the command line or starting JavaFX, which the main thread does
 * meanwhile, and is otherwise paid on the way to the first query. A head start only: if it fails, or has not
 * finished, the opening does the same work itself and reports any real problem.
 */
final class HeadStart {

    private static final Logger LOG = Logger.getLogger(HeadStart.class.getName());

    private HeadStart() {}

    static void begin() {
        Thread thread = new Thread(HeadStart::run, "stocktake-head-start");
        thread.setDaemon(true);
        thread.start();
    }

    static void run() {
        try {
            DSLContext dsl = DSL.using(SQLDialect.H2, Database.settings());
            Migrations.prepare(dsl);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "jOOQ's head start failed; the opening will set it up itself", e);
        }
    }
}
