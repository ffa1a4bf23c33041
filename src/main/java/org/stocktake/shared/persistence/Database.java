package org.stocktake.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.WorkspaceKeyException;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.WorkspaceUnreadableException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.WorkspaceKey;

/**
 * The workspace's embedded H2 database: migrated forward by Flyway before any query runs, then reached only through
 * jOOQ. Every write goes through {@link #transaction} so that a failure leaves nothing half-written, and a commit
 * returns only once its data is written to the file: a disk that refuses it is reported then, not lost later.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    public static final String FILE_NAME = "stocktake";

    /** The suffix H2 gives the database file. */
    public static final String FILE_SUFFIX = ".mv.db";

    /** The version of the newest migration shipped; a test holds it equal to the newest file in db/migration. */
    public static final String SCHEMA_VERSION = "10";

    private static final String READ_ASKED = "The workspace was opened for reading only; nothing can be changed.";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Transaction reads;
    private final String readOnlyReason;
    private volatile String failure;
    /** The newest migration applied when the database was connected: read once, as the first query of the opening. */
    private String versionAtOpening;

    private Database(JdbcConnectionPool pool, String readOnlyReason) {
        this.pool = pool;
        this.readOnlyReason = readOnlyReason;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(pool).set(SQLDialect.H2).set(settings());
        configuration.set(ExecuteListener.onException(context -> {
            RuntimeException plain = plainly(context.exception());
            if (plain != context.exception()) {
                context.exception(plain);
            }
        }));
        this.dsl = DSL.using(configuration);
        this.reads = new Transaction(dsl);
    }

    /** Generated names are rendered unquoted so that each database folds them its own way (H2 up, PostgreSQL down). */
    static Settings settings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    /**
     * Begins setting up the query layer on a thread of its own, to overlap what the process does before it opens a
     * workspace (parsing a command, starting JavaFX). Call it first thing; it is never needed for correctness.
     */
    public static void beginSettingUp() {
        HeadStart.begin();
    }

    /** The database file in a workspace folder. */
    public static Path file(Path folder) {
        return folder.resolve(FILE_NAME + FILE_SUFFIX);
    }

    /**
     * Opens the existing database in {@code folder} on the local disk for writing and migrates it to the current
     * schema. As {@link #open(Path, Storage, Access)}.
     */
    public static Database open(Path folder) {
        return open(folder, Storage.DISK, Access.WRITE, null);
    }

    /**
     * Opens the existing database in {@code folder} and migrates it to the current schema. It is opened read-only,
     * with the reason in {@link #readOnlyReason()}, when {@code access} asks for reading, when the folder cannot be
     * written, or when the disk has less free space than {@link WriteCheck#roomNeeded}: a write that runs out of room half-way
     * is how a database file gets damaged.
     *
     * @throws NotAWorkspaceException if the folder holds no database
     * @throws WorkspaceInUseException if another Stocktake process has the database open
     * @throws WorkspaceNotWritableException if the database needs migrating and cannot be written
     * @throws WorkspaceUnreadableException if the database cannot be opened or migrated; nothing was changed
     */
    public static Database open(Path folder, Storage storage, Access access) {
        return open(folder, storage, access, null);
    }

    /**
     * As {@link #open(Path, Storage, Access)}, for a database encrypted under {@code key} (null for a plain one).
     *
     * @throws WorkspaceKeyException if the database is encrypted and no key was given, or the key is not its own
     */
    public static Database open(Path folder, Storage storage, Access access, WorkspaceKey key) {
        if (!Files.isRegularFile(file(folder))) {
            throw new NotAWorkspaceException(folder);
        }
        if (key == null && DatabaseCipher.isEncrypted(file(folder))) {
            throw KeyFile.missing(folder);
        }
        Optional<String> readOnly =
                access == Access.READ ? Optional.of(READ_ASKED) : WriteCheck.whyReadOnly(folder, storage);
        Database database;
        try {
            database = connect(folder, storage, key, readOnly.orElse(null), true);
        } catch (WorkspaceUnreadableException e) {
            if (readOnly.isPresent() && DiskFailure.hasCode(e, DiskFailure.READ_ONLY)) {
                // H2 finishes a session that was cut short (a crash, a kill) by writing, so it cannot do it read-only.
                if (access == Access.READ) {
                    return open(folder, storage, Access.WRITE, key);
                }
                throw new WorkspaceNotWritableException(
                        "The workspace in " + folder + " was not closed properly"
                                + " and must be repaired before it can be read, which needs writing. " + readOnly.get(),
                        e);
            }
            Optional<String> refused = WriteCheck.refusedAtOpen(folder, e);
            if (readOnly.isPresent() || refused.isEmpty()) {
                throw e;
            }
            // The checks said the disk could take writes, but opening it for writing proved otherwise.
            database = connect(folder, storage, key, refused.get(), true);
        }
        if (SCHEMA_VERSION.equals(database.versionAtOpening)) {
            return database;
        }
        if (database.readOnlyReason == null) {
            return migrated(folder, database);
        }
        database.close();
        if (access == Access.READ) {
            return open(folder, storage, Access.WRITE, key);
        }
        throw new WorkspaceNotWritableException("The workspace in " + folder + " was made by an earlier version of"
                + " Stocktake and must be updated before it can be opened, which needs writing. "
                + database.readOnlyReason);
    }

    /**
     * Creates a new database in {@code folder}, which must hold none yet, with the current schema.
     *
     * @throws WorkspaceNotWritableException if the disk refused a write
     * @throws WorkspaceUnreadableException if the database could not be made
     */
    public static Database create(Path folder, Storage storage) {
        return create(folder, storage, null);
    }

    /** As {@link #create(Path, Storage)}, encrypted under {@code key} unless it is null. */
    public static Database create(Path folder, Storage storage, WorkspaceKey key) {
        return migrated(folder, connect(folder, storage, key, null, false));
    }

    private static Database migrated(Path folder, Database database) {
        try {
            Migrations.migrate(database.pool);
            return database;
        } catch (RuntimeException e) {
            database.close();
            Optional<String> refused = DiskFailure.onWrite(e);
            if (refused.isPresent()) {
                throw new WorkspaceNotWritableException(refused.get(), e);
            }
            throw new WorkspaceUnreadableException(folder, e);
        }
    }

    private static Database connect(
            Path folder, Storage storage, WorkspaceKey key, String readOnlyReason, boolean mustExist) {
        StringBuilder url = new StringBuilder("jdbc:h2:")
                .append(storage.scheme())
                .append(':')
                .append(folder.resolve(FILE_NAME).toAbsolutePath())
                .append(";DB_CLOSE_ON_EXIT=FALSE");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        if (key != null) {
            url.append(";CIPHER=AES");
        }
        if (readOnlyReason != null || key != null) {
            // Read-only H2 writes nothing at all, not even its error log: the file is left byte for byte as it was.
            // An encrypted workspace keeps no error log either: its lines can quote the data in plain text.
            url.append(";TRACE_LEVEL_FILE=0");
        }
        if (readOnlyReason != null) {
            url.append(";ACCESS_MODE_DATA=r");
        } else {
            // Without this H2 writes committed data a moment later on a background thread, and a disk that refuses
            // it then loses work the user was told was saved.
            url.append(";WRITE_DELAY=0");
        }
        JdbcConnectionPool pool = DatabaseCipher.pool(url.toString(), key);
        // The file opens on its own thread while jOOQ is set up here.
        FileOpening opening = FileOpening.start(pool);
        try {
            Database database = new Database(pool, readOnlyReason);
            Migrations.prepare(database.dsl);
            opening.await();
            database.versionAtOpening = Migrations.appliedVersion(database.dsl);
            return database;
        } catch (RuntimeException e) {
            opening.awaitBeside(e);
            pool.dispose();
            if (isLockedByAnotherProcess(e)) {
                throw new WorkspaceInUseException(folder, e);
            }
            if (mustExist && DiskFailure.hasCode(e, 90146)) {
                throw new NotAWorkspaceException(folder);
            }
            if (key != null && DiskFailure.hasCode(e, DatabaseCipher.WRONG_FILE_PASSWORD)) {
                throw new WorkspaceKeyException(
                        "The key file '" + KeyFile.NAME + "' in " + folder + " does not belong to the workspace's"
                                + " database, so it cannot be unlocked; nothing was changed. Put the workspace's own"
                                + " key file back from a backup of the folder.",
                        e);
            }
            throw new WorkspaceUnreadableException(folder, e);
        }
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

    /** Why the database was opened read-only, or empty when it takes changes. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** A handle for reads, each in its own short transaction; writes belong in {@link #transaction}. */
    public Transaction dsl() {
        return reads;
    }

    /**
     * Runs {@code work} in one transaction and returns its result; any exception rolls everything back.
     *
     * @throws WorkspaceNotWritableException if the workspace is read-only or the disk refused the write; nothing of
     *     {@code work} was saved and everything committed before is kept
     */
    public <T> T transaction(Function<Transaction, T> work) {
        refuseAfterFailure();
        try {
            return dsl.transactionResult(configuration -> work.apply(new Transaction(DSL.using(configuration))));
        } catch (RuntimeException e) {
            throw plainly(e);
        }
    }

    /** Runs {@code work} in one transaction; any exception rolls everything back. As {@link #transaction}. */
    public void transact(Consumer<Transaction> work) {
        transaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    private void refuseAfterFailure() {
        if (failure != null) {
            throw new WorkspaceNotWritableException(failure);
        }
    }

    /**
     * The one plain exception for a write the workspace cannot take, or {@code error} itself when it is something
     * else. A disk that refused a write makes H2 close the database, so every later use is refused the same way.
     */
    private RuntimeException plainly(RuntimeException error) {
        if (error instanceof WorkspaceNotWritableException) {
            return error;
        }
        if (readOnlyReason != null && DiskFailure.hasCode(error, DiskFailure.READ_ONLY)) {
            return new WorkspaceNotWritableException(readOnlyReason, error);
        }
        Optional<String> refused = DiskFailure.onWrite(error);
        if (refused.isPresent()) {
            if (failure == null) {
                LOG.info("The disk refused a write to the workspace: " + refused.get());
                failure = refused.get();
            }
            return new WorkspaceNotWritableException(refused.get(), error);
        }
        if (failure != null && DiskFailure.hasCode(error, DiskFailure.CLOSED)) {
            return new WorkspaceNotWritableException(failure, error);
        }
        return error;
    }

    /**
     * Writes this plain database, as it stands, as a database file encrypted under {@code key} in {@code folder}, for
     * encrypting a workspace in place. The database stays open and unchanged.
     *
     * @throws IOException if the copy cannot be written or encrypted; what was written of it is in {@code folder}
     */
    public void copyEncryptedTo(Path folder, WorkspaceKey key) throws IOException {
        try {
            DatabaseCipher.copyEncrypted(dsl, folder, key);
        } catch (RuntimeException e) {
            throw plainly(e);
        }
    }

    @Override
    public void close() {
        try {
            pool.dispose();
        } catch (RuntimeException e) {
            // After a refused write H2 fails to close what it had already given up; nothing more can be saved.
            LOG.log(Level.FINE, "The database did not close cleanly", e);
        }
    }
}
