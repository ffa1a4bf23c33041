package org.stocktake.recommendations.ui;

import org.stocktake.recommendations.service.Recommendation;

/** A row of the register's table: a theme heading when grouped, or one recommendation. */
record RegisterRow(String heading, int count, Recommendation recommendation) {

    static RegisterRow of(Recommendation recommendation) {
        return new RegisterRow(null, 0, recommendation);
    }

    static RegisterRow heading(String name, int count) {
        return new RegisterRow(name, count, null);
    }

    boolean isHeading() {
        return recommendation == null;
    }
}
