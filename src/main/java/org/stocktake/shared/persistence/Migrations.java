package org.stocktake.shared.persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.Table;
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

    /** Sets jOOQ up by rendering the version query, without a connection; see {@link Database}. */
    static void prepare(DSLContext dsl) {
        dsl.render(versionQuery(dsl));
    }

    private static org.jooq.Select<org.jooq.Record1<String>> versionQuery(DSLContext dsl) {
        var history = DSL.table(DSL.quotedName("flyway_schema_history"));
        return dsl.select(DSL.field(DSL.quotedName("version"), String.class))
                .from(history)
                .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.quotedName("version")).isNotNull())
                .orderBy(DSL.field(DSL.quotedName("installed_rank")).desc())
                .limit(1);
    }

    /**
     * The newest migration recorded as applied, or null for a new database. The history table is looked for by one
     * query on the standard information schema (H2 and PostgreSQL both have it): jOOQ's {@code meta()} reads the whole
     * catalogue first, which cost seconds on every opening.
     */
    static String appliedVersion(DSLContext dsl) {
        var history = DSL.table(DSL.quotedName("flyway_schema_history"));
        Table<?> tables = DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES"));
        boolean hasHistory = dsl.fetchExists(DSL.selectOne()
                .from(tables)
                .where(DSL.field(DSL.name("TABLE_NAME"), String.class).eq(history.getName())));
        if (!hasHistory) {
            return null;
        }
        return versionQuery(dsl).fetchOne(0, String.class);
    }
}
