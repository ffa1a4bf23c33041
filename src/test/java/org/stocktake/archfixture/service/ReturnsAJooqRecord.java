package org.stocktake.archfixture.service;

import org.stocktake.shared.persistence.jooq.tables.records.ReviewRecord;

/** A service that hands out a generated record. */
public final class ReturnsAJooqRecord {
    ReviewRecord review() {
        return null;
    }
}
