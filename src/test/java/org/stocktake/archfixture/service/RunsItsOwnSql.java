package org.stocktake.archfixture.service;

import org.stocktake.shared.persistence.Transaction;

/** A service that opens the transaction to SQL of its own. */
public final class RunsItsOwnSql {
    int count(Transaction tx) {
        return tx.jooq().fetchCount(org.jooq.impl.DSL.table("recommendation"));
    }
}
