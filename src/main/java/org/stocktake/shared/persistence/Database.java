package org.stocktake.shared.persistence;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.WorkspaceUnreadableException;

/**
 * The workspace's embedded H2 database: migrated forward by Flyway before any query runs, then reached only through
 * jOOQ. Every write goes through {@link #transaction} so that a failure leaves nothing half-written.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "stocktake";

    /** The version of the newest migration shipped; a test holds it equal to the newest file in db/migration. */
    public static final String SCHEMA_VERSION = "3";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Transaction reads;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        // Generated names are rendered unquoted so that each database folds them its own way (H2 up, PostgreSQL down).
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        this.reads = new Transaction(dsl);
    }

    /**
     * Opens (creating if needed) the database in {@code folder} and migrates it to the current schema.
     *
     * @throws WorkspaceInUseException if another Stocktake process has the database open
     * @throws WorkspaceUnreadableException if the database cannot be opened or migrated; nothing was changed
     */
    public static Database open(Path folder) {
        String url = "jdbc:h2:file:" + folder.resolve(FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "stocktake", "");
        try {
            Database database = new Database(pool);
            if (!SCHEMA_VERSION.equals(database.appliedVersion())) {
                migrate(pool);
            }
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            if (isLockedByAnotherProcess(e)) {
                throw new WorkspaceInUseException(folder, e);
            }
            throw new WorkspaceUnreadableException(folder, e);
        }
    }

    /**
     * Starting Flyway costs about a second, so it runs only when the workspace is behind this build's schema. A
     * workspace whose history already records the newest shipped migration is up to date: migrations are never edited
     * once shipped.
     */
    private static void migrate(JdbcConnectionPool pool) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The newest migration recorded as applied, or null for a new database. */
    String appliedVersion() {
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

    private static boolean isLockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("already in use") || message.contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    /** A handle for reads, each in its own short transaction; writes belong in {@link #transaction}. */
    public Transaction dsl() {
        return reads;
    }

    /** Runs {@code work} in one transaction and returns its result; any exception rolls everything back. */
    public <T> T transaction(Function<Transaction, T> work) {
        return dsl.transactionResult(configuration -> work.apply(new Transaction(DSL.using(configuration))));
    }

    /** Runs {@code work} in one transaction; any exception rolls everything back. */
    public void transact(Consumer<Transaction> work) {
        dsl.transaction(configuration -> work.accept(new Transaction(DSL.using(configuration))));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
