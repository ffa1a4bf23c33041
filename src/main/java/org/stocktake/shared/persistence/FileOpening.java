package org.stocktake.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.exception.DataAccessException;

/**
 * The database file being opened on a thread of its own. Opening the file (and loading H2) and setting jOOQ up each
 * take a good part of a second; done side by side they cost about the longer of the two, which is most of what a
 * short command spends beyond printing.
 */
final class FileOpening {

    private final CompletableFuture<Void> opened;

    private FileOpening(CompletableFuture<Void> opened) {
        this.opened = opened;
    }

    /** Starts opening the pool's first connection, which opens the file. */
    static FileOpening start(JdbcConnectionPool pool) {
        return new FileOpening(CompletableFuture.runAsync(() -> firstConnection(pool), FileOpening::daemon));
    }

    /** Waits for the file to be open; a failure to open comes out as thrown there. */
    void await() {
        try {
            opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Waits for the file before the pool is disposed; the opening's own failure, if any, rides along. */
    void awaitBeside(RuntimeException failure) {
        try {
            await();
        } catch (RuntimeException e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void firstConnection(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(0);
        } catch (SQLException e) {
            throw new DataAccessException("The workspace database could not be opened: " + e.getMessage(), e);
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "stocktake-open");
        thread.setDaemon(true);
        thread.start();
    }
}
