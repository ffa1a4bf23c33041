package org.stocktake.shared.persistence;

import org.jooq.DSLContext;

/**
 * The handle of one unit of work on the database. Services receive it from {@link Database} and hand it to their
 * repositories, so several repositories can write in the same transaction while only the repositories speak SQL. It
 * is opaque to services on purpose: a service holding one cannot run SQL of its own and slip past a repository and
 * the audit trail (an architecture test keeps {@link #jooq()} to persistence packages).
 */
public final class Transaction {

    private final DSLContext dsl;

    Transaction(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The jOOQ context of this unit of work; for repositories only. */
    public DSLContext jooq() {
        return dsl;
    }
}
