package org.stocktake.hostile;

import org.stocktake.app.AppContext;

/**
 * How many rows a table holds, read straight from the database: cheap enough to take before and after every case, to
 * show that a refusal wrote nothing (not even an audit entry).
 */
final class Rows {

    private Rows() {}

    static long in(AppContext context, String table) {
        return context.workspace()
                .database()
                .dsl()
                .jooq()
                .fetchOne("select count(*) from " + table)
                .get(0, Long.class);
    }

    static long audit(AppContext context) {
        return in(context, "audit_entry");
    }
}
