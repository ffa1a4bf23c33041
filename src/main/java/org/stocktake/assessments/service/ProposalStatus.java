package org.stocktake.assessments.service;

import java.util.Locale;

/** Where a proposed rating stands: waiting, or decided one way or the other. Decided proposals are never removed. */
public enum ProposalStatus {
    OPEN,
    ACCEPTED,
    DISMISSED;

    /** As a reader says it: "open", "accepted", "dismissed". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
