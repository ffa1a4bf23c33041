package org.stocktake.assessments.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A rating proposed for a recommendation in a round, as stored and as the audit trail records it: the level proposed
 * (of the review's scale), a short commentary, who proposed it and when, and, once decided, whether it was accepted
 * or dismissed, by whom and when.
 */
public record Proposal(
        long id,
        UUID uuid,
        long roundId,
        long recommendationId,
        long levelId,
        String commentary,
        String proposedBy,
        OffsetDateTime proposedAt,
        ProposalStatus status,
        String decidedBy,
        OffsetDateTime decidedAt,
        int version) {

    /** Still waiting for a member to accept or dismiss it. */
    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }
}
