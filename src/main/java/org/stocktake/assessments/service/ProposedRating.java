package org.stocktake.assessments.service;

import java.util.UUID;

/** A proposal as a reader sees it: with the recommendation's number and the level proposed, as the grid shows them. */
public record ProposedRating(Proposal proposal, UUID recommendationUuid, String number, RatingLevel level) {

    public long id() {
        return proposal.id();
    }
}
