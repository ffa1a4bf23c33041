package org.stocktake.shared.persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The schema's history as Flyway records it, and bringing a database up to {@link Database#SCHEMA_VERSION}. */
final class Migrations {

    private Migrations() {}

    /**
     * Starting Flyway costs about a second, so it runs only when the workspace is behind this build's schema. A
     * workspace whose history already records the newest shipped migration is up to date: migrations are never edited
     * once shipped.
     */
    static void migrate(JdbcConnectionPool pool) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The newest migration recorded as applied, or null for a new database. */
    static String appliedVersion(DSLContext dsl) {
        var history = DSL.table(DSL.quotedName("flyway_schema_history"));
        if (dsl.meta().getTables(history.getName()).isEmpty()) {
            return null;
        }
        return dsl.select(DSL.field(DSL.quotedName("version"), String.class))
                .from(history)
                .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.quotedName("version")).isNotNull())
                .orderBy(DSL.field(DSL.quotedName("installed_rank")).desc())
                .limit(1)
                .fetchOne(0, String.class);
    }
}
