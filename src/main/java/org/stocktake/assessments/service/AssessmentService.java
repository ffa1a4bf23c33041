package org.stocktake.assessments.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;

/**
 * Rounds of assessments: opening a round (optionally copied forward from another), rating recommendations in it,
 * finalising it, and correcting a final round by appending, never overwriting. Every change is in the audit trail.
 * The work is done by {@link RoundChanges}, {@link AssessmentChanges} and {@link AssessmentViews}; this is the one
 * door the window and the command line use.
 */
public final class AssessmentService {

    static final String ROUND = "assessment-round";
    static final String ASSESSMENT = "assessment";

    private final Database database;
    private final RoundRepository rounds = new RoundRepository();
    private final AssessmentViews views;
    private final RoundChanges roundChanges;
    private final AssessmentChanges changes;
    private final AuditTrail audit;
    private final Proposals proposals;

    public AssessmentService(
            Database database,
            Clock clock,
            AuditTrail audit,
            RecommendationService recommendations,
            ScaleService scales) {
        this.database = database;
        this.audit = audit;
        AssessmentRepository assessments = new AssessmentRepository();
        this.views = new AssessmentViews(recommendations, scales, rounds, assessments);
        this.roundChanges = new RoundChanges(database, clock, audit, views, rounds, assessments);
        this.changes = new AssessmentChanges(database, clock, audit, recommendations, scales, views, assessments);
        this.proposals = new Proposals(database, clock, audit, recommendations, scales, views, changes);
    }

    /** Ratings proposed in rounds, and their acceptance or dismissal. */
    public Proposals proposals() {
        return proposals;
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
        return views.round(database.dsl(), roundId);
    }

    /**
     * Opens a draft round. With {@code copyFrom}, every assessment of that round (of the same review) is carried
     * into the new one, so only what changed needs typing. Carried rows have no assessor or date until someone
     * confirms or changes them (see {@link Assessment#isCarried()}), so they do not count as assessed in the new round.
     *
     * @throws ValidationException if the draft is invalid or {@code copyFrom} belongs to another review
     */
    public AssessmentRound createRound(RoundDraft draft, Long copyFrom) {
        audit.permit(Action.RATE);
        return roundChanges.create(draft, copyFrom);
    }

    /** Every live recommendation of the round's review, with its assessment in the round as it now stands. */
    public List<Assessment> assessments(long roundId) {
        return views.assessments(database.dsl(), roundId);
    }

    /**
     * Saves an assessment in a draft round, provided it is still at {@code expectedVersion} (0 when the
     * recommendation had not been assessed in the round). Saving a carried row, even unchanged, confirms it.
     *
     * @throws RoundFinalisedException if the round is final
     * @throws ValidationException if the level is not on the review's scale, or the assessment changed meanwhile
     */
    public Assessment save(long roundId, UUID recommendationUuid, int expectedVersion, AssessmentDraft draft) {
        audit.permit(Action.RATE);
        return changes.save(roundId, recommendationUuid, expectedVersion, draft);
    }

    /**
     * Corrects an assessment of a final round: the correction is appended and attributed, the original stays.
     *
     * @throws ValidationException if the round is still a draft (edit it instead), there is no reason, the
     *     recommendation was never assessed in the round, or the level is not on the scale
     */
    public Assessment correct(long roundId, UUID recommendationUuid, AssessmentDraft draft, String reason) {
        audit.permit(Action.RATE);
        return changes.correct(roundId, recommendationUuid, draft, reason);
    }

    /**
     * Makes a draft round final and read-only.
     *
     * @throws ValidationException if it is already final
     */
    public AssessmentRound finalise(long roundId) {
        audit.permit(Action.FINALISE);
        return roundChanges.finalise(roundId);
    }

    /** What the recommendation was given in each round, oldest round first; carried, unconfirmed rows are left out. */
    public List<HistoryEntry> history(UUID recommendationUuid) {
        return views.history(database.dsl(), recommendationUuid);
    }

    /** For every recommendation of the review that has been rated, its newest rating given (by the rounds' dates). */
    public Map<UUID, HistoryEntry> latest(long reviewId) {
        return views.latest(database.dsl(), reviewId);
    }

    /**
     * The round's corrected assessments by recommendation: each as first recorded, with its corrections oldest first
     * (reason, who and when), so the original and the correction can be read side by side.
     *
     * @throws NotFoundException if there is no such round
     */
    public Map<UUID, HistoryEntry> corrections(long roundId) {
        return views.corrections(database.dsl(), roundId);
    }
}
