package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * Rounds of assessments: opening a round (optionally copied forward from another), rating recommendations in it,
 * finalising it, and correcting a final round by appending, never overwriting. Every change is in the audit trail.
 */
public final class AssessmentService {

    static final String ROUND = "assessment-round";
    static final String ASSESSMENT = "assessment";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final RecommendationService recommendations;
    private final ScaleService scales;
    private final RoundRepository rounds = new RoundRepository();
    private final AssessmentRepository assessments = new AssessmentRepository();

    public AssessmentService(
            Database database,
            Clock clock,
            AuditTrail audit,
            RecommendationService recommendations,
            ScaleService scales) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.recommendations = recommendations;
        this.scales = scales;
    }

    /** The review's rounds, oldest first. */
    public List<AssessmentRound> rounds(long reviewId) {
        return rounds.ofReview(database.dsl(), reviewId);
    }

    /** Every round of every review, oldest first. */
    public List<AssessmentRound> allRounds() {
        return rounds.all(database.dsl());
    }

    /** @throws NotFoundException if there is no such round */
    public AssessmentRound round(long roundId) {
        return round(database.dsl(), roundId);
    }

    private AssessmentRound round(Transaction tx, long roundId) {
        return rounds.byId(tx, roundId)
                .orElseThrow(() -> new NotFoundException("That assessment round no longer exists."));
    }

    /**
     * Opens a draft round. With {@code copyFrom}, every assessment of that round (of the same review) is carried
     * into the new one, so only what changed needs typing.
     *
     * @throws ValidationException if the draft is invalid or {@code copyFrom} belongs to another review
     */
    public AssessmentRound createRound(RoundDraft draft, Long copyFrom) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return database.transaction(tx -> {
            String by = audit.actor().name();
            AssessmentRound created = rounds.insert(tx, draft, by, now());
            audit.record(tx, ROUND, created.uuid(), "create", null, created);
            if (copyFrom != null) {
                AssessmentRound source = round(tx, copyFrom);
                if (source.reviewId() != draft.reviewId()) {
                    throw new ValidationException("A round can only be copied from a round of the same review.");
                }
                for (StoredAssessment old : assessments.ofRound(tx, source.id())) {
                    StoredAssessment now = old.current();
                    assessments.insert(
                            tx,
                            created.id(),
                            now.recommendationId(),
                            now.levelId(),
                            new AssessmentDraft(null, now.direction(), now.commentary()),
                            now.assessor(),
                            now.assessedAt());
                }
                assessments
                        .ofRound(tx, created.id())
                        .forEach(copied -> audit.record(tx, ASSESSMENT, copied.uuid(), "copy", null, copied));
            }
            return created;
        });
    }

    /** Every live recommendation of the round's review, with its assessment in the round as it now stands. */
    public List<Assessment> assessments(long roundId) {
        Transaction tx = database.dsl();
        AssessmentRound round = round(tx, roundId);
        RatingScale scale = scales.scaleForReview(tx, round.reviewId());
        Map<Long, StoredAssessment> stored = assessments.ofRound(tx, roundId).stream()
                .collect(Collectors.toMap(StoredAssessment::recommendationId, Function.identity()));
        List<Assessment> result = new ArrayList<>();
        for (Recommendation r : recommendations.recommendations(round.reviewId())) {
            result.add(view(roundId, r, stored.get(r.id()), scale));
        }
        return result;
    }

    static Assessment view(long roundId, Recommendation r, StoredAssessment stored, RatingScale scale) {
        if (stored == null) {
            return new Assessment(
                    null, roundId, r.uuid(), r.number(), r.title(), r.theme(), null, null, null, null, null, 0, false);
        }
        StoredAssessment now = stored.current();
        RatingLevel level =
                now.levelId() == null ? null : scale.levelById(now.levelId()).orElse(null);
        return new Assessment(
                stored.uuid(),
                roundId,
                r.uuid(),
                r.number(),
                r.title(),
                r.theme(),
                level,
                now.direction(),
                now.commentary(),
                now.assessor(),
                now.assessedAt(),
                stored.version(),
                !stored.corrections().isEmpty());
    }

    /**
     * Saves an assessment in a draft round, provided it is still at {@code expectedVersion} (0 when the
     * recommendation had not been assessed in the round).
     *
     * @throws RoundFinalisedException if the round is final
     * @throws ValidationException if the level is not on the review's scale, or the assessment changed meanwhile
     */
    public Assessment save(long roundId, UUID recommendationUuid, int expectedVersion, AssessmentDraft draft) {
        return database.transaction(tx -> {
            AssessmentRound round = round(tx, roundId);
            if (round.isFinal()) {
                throw new RoundFinalisedException(round);
            }
            Recommendation r = recommendationOf(round, recommendationUuid);
            RatingScale scale = scales.scaleForReview(tx, round.reviewId());
            Long levelId = levelId(scale, draft);
            String by = audit.actor().name();
            var existing = assessments.find(tx, roundId, r.id());
            if (existing.isEmpty()) {
                if (expectedVersion != 0) {
                    throw changedMeanwhile(r);
                }
                assessments.insert(tx, roundId, r.id(), levelId, draft, by, now());
            } else if (!assessments.update(tx, existing.get().id(), expectedVersion, levelId, draft, by, now())) {
                throw changedMeanwhile(r);
            }
            StoredAssessment saved = assessments.find(tx, roundId, r.id()).orElseThrow();
            audit.record(
                    tx,
                    ASSESSMENT,
                    saved.uuid(),
                    existing.isEmpty() ? "create" : "update",
                    existing.orElse(null),
                    saved);
            return view(roundId, r, saved, scale);
        });
    }

    /**
     * Corrects an assessment of a final round: the correction is appended and attributed, the original stays.
     *
     * @throws ValidationException if the round is still a draft (edit it instead), there is no reason, the
     *     recommendation was never assessed in the round, or the level is not on the scale
     */
    public Assessment correct(long roundId, UUID recommendationUuid, AssessmentDraft draft, String reason) {
        return database.transaction(tx -> {
            AssessmentRound round = round(tx, roundId);
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
            audit.record(tx, ASSESSMENT, after.uuid(), "correct", before, after);
            return view(roundId, r, after, scale);
        });
    }

    /**
     * Makes a draft round final and read-only.
     *
     * @throws ValidationException if it is already final
     */
    public AssessmentRound finalise(long roundId) {
        return database.transaction(tx -> {
            AssessmentRound before = round(tx, roundId);
            if (!rounds.finalise(tx, roundId, audit.actor().name(), now())) {
                throw new ValidationException("'" + before.title() + "' is already final.");
            }
            AssessmentRound after = round(tx, roundId);
            audit.record(tx, ROUND, after.uuid(), "finalise", before, after);
            return after;
        });
    }

    /** What the recommendation was given in each round, oldest round first. */
    public List<HistoryEntry> history(UUID recommendationUuid) {
        Transaction tx = database.dsl();
        Recommendation r = recommendations.recommendation(recommendationUuid);
        RatingScale scale = scales.scaleForReview(tx, r.reviewId());
        Map<Long, AssessmentRound> byId = new HashMap<>();
        rounds.ofReview(tx, r.reviewId()).forEach(round -> byId.put(round.id(), round));
        return new HistoryAssembler(scale).assemble(assessments.ofRecommendation(tx, r.id()), byId);
    }

    /** For every recommendation of the review that has been rated, its newest rating (by the rounds' dates). */
    public Map<UUID, HistoryEntry> latest(long reviewId) {
        Transaction tx = database.dsl();
        RatingScale scale = scales.scaleForReview(tx, reviewId);
        Map<Long, AssessmentRound> byId = new HashMap<>();
        rounds.ofReview(tx, reviewId).forEach(round -> byId.put(round.id(), round));
        Map<Long, UUID> uuids = new HashMap<>();
        recommendations.recommendations(reviewId).forEach(r -> uuids.put(r.id(), r.uuid()));
        return new HistoryAssembler(scale).latest(assessments.ofReview(tx, reviewId), byId, uuids);
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
