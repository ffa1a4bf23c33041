package org.stocktake.assessments.service;

/** An edit was refused because its round is final; a correction records the change instead. Nothing was written. */
public final class RoundFinalisedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RoundFinalisedException(AssessmentRound round) {
        super("'" + round.title() + "' was finalised by " + round.finalisedBy() + " and can no longer be edited. "
                + "Record a correction instead; the original stays on record.");
    }
}
