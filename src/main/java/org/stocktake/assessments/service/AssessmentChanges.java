package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/** Saving an assessment in a draft round, and correcting one in a final round; each with its audit entry. */
final class AssessmentChanges {

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final RecommendationService recommendations;
    private final ScaleService scales;
    private final AssessmentViews views;
    private final AssessmentRepository assessments;

    AssessmentChanges(
            Database database,
            Clock clock,
            AuditTrail audit,
            RecommendationService recommendations,
            ScaleService scales,
            AssessmentViews views,
            AssessmentRepository assessments) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.recommendations = recommendations;
        this.scales = scales;
        this.views = views;
        this.assessments = assessments;
    }

    /** Saving a carried row, even unchanged, confirms it: the assessor and date become the saver's. */
    Assessment save(long roundId, UUID recommendationUuid, int expectedVersion, AssessmentDraft draft) {
        return database.transaction(tx -> saveIn(tx, roundId, recommendationUuid, expectedVersion, draft, null));
    }

    /**
     * As {@link #save}, in the caller's transaction. {@code expectedVersion} null saves over whatever the row holds
     * now; {@code action} names the audit entry when it is more than a create or an update (an accepted proposal).
     */
    Assessment saveIn(
            Transaction tx,
            long roundId,
            UUID recommendationUuid,
            Integer expectedVersion,
            AssessmentDraft draft,
            String action) {
        AssessmentRound round = views.round(tx, roundId);
        if (round.isFinal()) {
            throw new RoundFinalisedException(round);
        }
        Recommendation r = recommendationOf(round, recommendationUuid);
        RatingScale scale = scales.scaleForReview(tx, round.reviewId());
        Long levelId = levelId(scale, draft);
        String by = audit.actor().name();
        var existing = assessments.find(tx, roundId, r.id());
        int expected = expectedVersion != null
                ? expectedVersion
                : existing.map(StoredAssessment::version).orElse(0);
        if (existing.isEmpty()) {
            if (expected != 0) {
                throw changedMeanwhile(r);
            }
            assessments.insert(tx, roundId, r.id(), levelId, draft, by, now());
        } else if (!assessments.update(tx, existing.get().id(), expected, levelId, draft, by, now())) {
            throw changedMeanwhile(r);
        }
        StoredAssessment saved = assessments.find(tx, roundId, r.id()).orElseThrow();
        audit.record(
                tx,
                AssessmentService.ASSESSMENT,
                saved.uuid(),
                action != null ? action : existing.isEmpty() ? "create" : "update",
                existing.orElse(null),
                saved);
        return AssessmentViews.view(roundId, r, saved, scale);
    }

    Assessment correct(long roundId, UUID recommendationUuid, AssessmentDraft draft, String reason) {
        return database.transaction(tx -> {
            AssessmentRound round = views.round(tx, roundId);
            if (!round.isFinal()) {
                throw new ValidationException("'" + round.title() + "' is still a draft: edit the assessment instead.");
            }
            if (reason == null || reason.isBlank()) {
                throw new ValidationException("A correction needs a reason, so readers know why the record changed.");
            }
            Recommendation r = recommendationOf(round, recommendationUuid);
            RatingScale scale = scales.scaleForReview(tx, round.reviewId());
            Long levelId = levelId(scale, draft);
            StoredAssessment before = assessments
                    .find(tx, roundId, r.id())
                    .orElseThrow(() -> new ValidationException("Recommendation " + r.number() + " was not assessed in '"
                            + round.title() + "', so there is nothing to correct."));
            assessments.insertCorrection(
                    tx,
                    before.id(),
                    levelId,
                    draft,
                    reason.strip(),
                    audit.actor().name(),
                    now());
            StoredAssessment after = assessments.find(tx, roundId, r.id()).orElseThrow();
            audit.record(tx, AssessmentService.ASSESSMENT, after.uuid(), "correct", before, after);
            return AssessmentViews.view(roundId, r, after, scale);
        });
    }

    private Recommendation recommendationOf(AssessmentRound round, UUID recommendationUuid) {
        Recommendation r = recommendations.recommendation(recommendationUuid);
        if (r.reviewId() != round.reviewId()) {
            throw new ValidationException("Recommendation " + r.number() + " is not part of this round's review.");
        }
        return r;
    }

    private static Long levelId(RatingScale scale, AssessmentDraft draft) {
        if (draft.commentary() != null && draft.commentary().length() > AssessmentDraft.MAX_COMMENTARY) {
            throw new ValidationException(
                    "The commentary is longer than " + AssessmentDraft.MAX_COMMENTARY + " characters.");
        }
        if (draft.levelCode() == null) {
            return null;
        }
        return scale.level(draft.levelCode())
                .map(RatingLevel::id)
                .orElseThrow(() -> new ValidationException("'" + draft.levelCode() + "' is not a level of the "
                        + scale.name() + " scale ("
                        + scale.levels().stream().map(RatingLevel::code).collect(Collectors.joining(", ")) + ")."));
    }

    private static ValidationException changedMeanwhile(Recommendation r) {
        return new ValidationException("The assessment of recommendation " + r.number()
                + " was changed since you opened it. Reload the round and try again.");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
