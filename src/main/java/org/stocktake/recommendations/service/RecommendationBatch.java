package org.stocktake.recommendations.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.persistence.RecommendationRepository;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Transaction;

/**
 * Adds drafts to one review in the caller's transaction: one for a single creation, many for an import. The numbers
 * taken, the next position and the theme ids are read once, so the cost grows with the number of drafts, not with the
 * square of the review's size.
 */
final class RecommendationBatch {

    private final Transaction tx;
    private final long reviewId;
    private final ReviewRegister reviews;
    private final RecommendationRepository recommendations;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<String> taken;
    private final Map<String, Long> themeIds = new HashMap<>();
    private int position;

    RecommendationBatch(
            Transaction tx,
            long reviewId,
            ReviewRegister reviews,
            RecommendationRepository recommendations,
            AuditTrail audit,
            Clock clock) {
        this.tx = tx;
        this.reviewId = reviewId;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.audit = audit;
        this.clock = clock;
        this.taken = recommendations.liveNumbers(tx, reviewId);
        this.position = recommendations.nextPosition(tx, reviewId);
    }

    /** Adds the drafts in order; returns their new identities in the same order. */
    List<UUID> addAll(List<RecommendationDraft> drafts) {
        List<UUID> added = new ArrayList<>(drafts.size());
        for (RecommendationDraft draft : drafts) {
            added.add(add(draft));
        }
        return added;
    }

    /**
     * Validates and adds one draft (its own review id is ignored); returns its new identity.
     *
     * @throws ValidationException if the draft is invalid or its number is taken in the review
     */
    UUID add(RecommendationDraft given) {
        RecommendationDraft draft = inReview(given);
        List<String> problems = new ArrayList<>(draft.problems());
        if (draft.number() != null && !taken.add(draft.numberKey())) {
            problems.add("Recommendation " + draft.number() + " already exists in this review.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Long themeId = draft.theme() == null
                ? null
                : themeIds.computeIfAbsent(draft.theme(), name -> reviews.themeId(tx, reviewId, name));
        UUID uuid = recommendations.insert(tx, draft, themeId, position++, OffsetDateTime.now(clock));
        audit.record(
                tx,
                RecommendationService.ENTITY,
                uuid,
                "create",
                null,
                recommendations.byUuid(tx, uuid).orElseThrow());
        return uuid;
    }

    private RecommendationDraft inReview(RecommendationDraft draft) {
        return new RecommendationDraft(
                reviewId,
                draft.number(),
                draft.theme(),
                draft.title(),
                draft.body(),
                draft.owner(),
                draft.priority(),
                draft.milestone(),
                draft.source(),
                draft.notes(),
                draft.summaryOnly());
    }
}
