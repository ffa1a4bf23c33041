package org.stocktake.backup.persistence;

import java.nio.file.Path;
import org.jooq.impl.DSL;
import org.stocktake.shared.persistence.Transaction;

/**
 * The database copied by the database itself while it stays open: H2 writes a consistent state of its file into a
 * zip, however many writes are under way, which a copy of the live file could never promise.
 */
public final class OnlineCopy {

    /** The name H2 gives the database file inside the zip it writes. */
    public static final String ENTRY = "stocktake.mv.db";

    /** Writes the database as it stands to the zip {@code target}, which must not exist yet. */
    public void writeTo(Transaction tx, Path target) {
        tx.jooq().execute("BACKUP TO {0}", DSL.inline(target.toAbsolutePath().toString()));
    }
}
