package org.stocktake.hostile;

import org.stocktake.app.AppContext;

/** How many entries the audit trail holds, read straight from its table: a refusal must add none. */
final class AuditCount {

    private AuditCount() {}

    static long of(AppContext context) {
        return context.workspace()
                .database()
                .dsl()
                .jooq()
                .fetchOne("select count(*) from audit_entry")
                .get(0, Long.class);
    }
}
