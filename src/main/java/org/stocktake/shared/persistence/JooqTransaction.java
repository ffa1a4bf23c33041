package org.stocktake.shared.persistence;

import org.jooq.Configuration;
import org.jooq.impl.DefaultDSLContext;

/** A {@link Transaction} over the configuration jOOQ gives a transaction (or the plain one, for reads). */
final class JooqTransaction extends DefaultDSLContext implements Transaction {
    private static final long serialVersionUID = 1L;

    JooqTransaction(Configuration configuration) {
        super(configuration);
    }
}
