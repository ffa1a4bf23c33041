package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.ProposalRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * Ratings proposed by those who may propose but not rate (advisors), for those who rate to accept or dismiss. A
 * proposal is never removed: once decided it stays with who decided it and when, and a final round's proposals stay
 * as they stood. Every change is in the audit trail, and an accepted proposal's rating is recorded as the accepting
 * member's, its entry naming the proposal.
 */
public final class Proposals {

    static final String ENTITY = "rating-proposal";

    /** A proposal's commentary is a note for the member deciding, not the assessment's full commentary. */
    public static final int MAX_COMMENTARY = 2_000;

    /** More than this many proposals for one recommendation in one round is a slip or a flood, not advice. */
    static final int MAX_PER_ROW = 20;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final RecommendationService recommendations;
    private final ScaleService scales;
    private final AssessmentViews views;
    private final AssessmentChanges changes;
    private final ProposalRepository repository = new ProposalRepository();

    Proposals(
            Database database,
            Clock clock,
            AuditTrail audit,
            RecommendationService recommendations,
            ScaleService scales,
            AssessmentViews views,
            AssessmentChanges changes) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.recommendations = recommendations;
        this.scales = scales;
        this.views = views;
        this.changes = changes;
    }

    /**
     * Proposes {@code levelCode} (a level of the review's scale) with an optional short commentary for the
     * recommendation in a draft round.
     *
     * @throws org.stocktake.shared.NotAllowedException if the one acting may not propose ratings
     * @throws NotFoundException if the round or the recommendation is gone
     * @throws ValidationException if the round is final, the level is not on the scale, or the commentary is too long
     *     or holds control characters; nothing is written
     */
    public ProposedRating propose(long roundId, UUID recommendationUuid, String levelCode, String commentary) {
        audit.permit(Action.PROPOSE_RATING);
        String text = checkedCommentary(commentary);
        return database.transaction(tx -> {
            AssessmentRound round = draft(tx, roundId, "its ratings can no longer be proposed");
            Recommendation r = liveIn(round, recommendationUuid);
            RatingScale scale = scales.scaleForReview(tx, round.reviewId());
            RatingLevel level = levelOn(scale, levelCode);
            if (repository.countFor(tx, roundId, r.id()) >= MAX_PER_ROW) {
                throw new ValidationException("Recommendation " + r.number() + " already has " + MAX_PER_ROW
                        + " proposals in this round; ask a member to decide them first.");
            }
            Proposal added = repository.insert(
                    tx, roundId, r.id(), level.id(), text, audit.actor().name(), OffsetDateTime.now(clock));
            audit.record(tx, ENTITY, added.uuid(), "propose", null, added);
            return new ProposedRating(added, r.uuid(), r.number(), level);
        });
    }

    /** The round's proposals, decided or not, in the order of the review's recommendations and then oldest first. */
    public List<ProposedRating> ofRound(long roundId) {
        Transaction tx = database.dsl();
        AssessmentRound round = views.round(tx, roundId);
        RatingScale scale = scales.scaleForReview(tx, round.reviewId());
        Map<Long, Recommendation> byId = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        for (Recommendation r : recommendations.recommendations(round.reviewId())) {
            order.put(r.id(), order.size());
            byId.put(r.id(), r);
        }
        return repository.ofRound(tx, roundId).stream()
                .filter(p -> byId.containsKey(p.recommendationId()))
                .sorted(Comparator.comparing((Proposal p) -> order.get(p.recommendationId()))
                        .thenComparing(Proposal::id))
                .map(p -> shown(p, byId.get(p.recommendationId()), scale))
                .toList();
    }

    /**
     * Accepts an open proposal of a draft round: its level becomes the recommendation's rating in the round, rated by
     * the one accepting, and its commentary becomes the assessment's when the assessment has none of its own yet
     * (or only one carried from the last round). The assessment's audit entry names the proposal.
     *
     * @throws org.stocktake.shared.NotAllowedException if the one acting may not rate
     * @throws NotFoundException if there is no such proposal
     * @throws ValidationException if it was decided already, or its round is final
     */
    public Assessment accept(long proposalId) {
        audit.permit(Action.RATE);
        return database.transaction(tx -> {
            Proposal proposal = open(tx, proposalId, "accepted");
            AssessmentRound round = draft(tx, proposal.roundId(), "its proposals can no longer be accepted");
            Recommendation r = recommendationOf(round, proposal);
            RatingScale scale = scales.scaleForReview(tx, round.reviewId());
            RatingLevel level = scale.levelById(proposal.levelId())
                    .orElseThrow(() -> new ValidationException("The level proposed is no longer on the " + scale.name()
                            + " scale; dismiss the proposal instead."));
            Assessment now = AssessmentViews.view(
                    round.id(), r, views.stored(tx, round.id(), r.id()).orElse(null), scale);
            String commentary = now.commentary() == null || now.isCarried() && proposal.commentary() != null
                    ? proposal.commentary()
                    : now.commentary();
            AssessmentDraft draft = new AssessmentDraft(level.code(), now.direction(), commentary);
            Assessment saved =
                    changes.saveIn(tx, round.id(), r.uuid(), null, draft, "accept proposal " + proposal.id());
            Proposal decided = repository.decide(
                    tx, proposal, ProposalStatus.ACCEPTED, audit.actor().name(), OffsetDateTime.now(clock));
            audit.record(tx, ENTITY, decided.uuid(), "accept", proposal, decided);
            return saved;
        });
    }

    /**
     * Dismisses an open proposal of a draft round; it stays, marked dismissed, with who dismissed it and when.
     *
     * @throws org.stocktake.shared.NotAllowedException if the one acting may not rate
     * @throws NotFoundException if there is no such proposal
     * @throws ValidationException if it was decided already, or its round is final
     */
    public ProposedRating dismiss(long proposalId) {
        audit.permit(Action.RATE);
        return database.transaction(tx -> {
            Proposal proposal = open(tx, proposalId, "dismissed");
            AssessmentRound round = draft(tx, proposal.roundId(), "its proposals can no longer be dismissed");
            Recommendation r = recommendationOf(round, proposal);
            Proposal decided = repository.decide(
                    tx, proposal, ProposalStatus.DISMISSED, audit.actor().name(), OffsetDateTime.now(clock));
            audit.record(tx, ENTITY, decided.uuid(), "dismiss", proposal, decided);
            return shown(decided, r, scales.scaleForReview(tx, round.reviewId()));
        });
    }

    /** @throws NotFoundException if there is no such proposal */
    public ProposedRating proposal(long proposalId) {
        Transaction tx = database.dsl();
        Proposal proposal = repository
                .find(tx, proposalId)
                .orElseThrow(() -> new NotFoundException("There is no proposal " + proposalId + "."));
        AssessmentRound round = views.round(tx, proposal.roundId());
        return shown(proposal, recommendationOf(round, proposal), scales.scaleForReview(tx, round.reviewId()));
    }

    private static ProposedRating shown(Proposal p, Recommendation r, RatingScale scale) {
        return new ProposedRating(
                p, r.uuid(), r.number(), scale.levelById(p.levelId()).orElse(null));
    }

    private Proposal open(Transaction tx, long proposalId, String decision) {
        Proposal proposal = repository
                .findForUpdate(tx, proposalId)
                .orElseThrow(() -> new NotFoundException("There is no proposal " + proposalId + "."));
        if (!proposal.isOpen()) {
            throw new ValidationException(
                    "Proposal " + proposalId + " was " + proposal.status().label() + " by " + proposal.decidedBy()
                            + " already, so it cannot be " + decision + ".");
        }
        return proposal;
    }

    private AssessmentRound draft(Transaction tx, long roundId, String what) {
        AssessmentRound round = views.round(tx, roundId);
        if (round.isFinal()) {
            throw new ValidationException("'" + round.title() + "' is final; " + what + ".");
        }
        return round;
    }

    private Recommendation liveIn(AssessmentRound round, UUID recommendationUuid) {
        return recommendations.recommendations(round.reviewId()).stream()
                .filter(r -> r.uuid().equals(recommendationUuid))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "That recommendation is no longer in the register of this round's review."));
    }

    private Recommendation recommendationOf(AssessmentRound round, Proposal proposal) {
        return recommendations.recommendations(round.reviewId()).stream()
                .filter(r -> r.id() == proposal.recommendationId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "The recommendation of proposal " + proposal.id() + " is no longer in the register."));
    }

    private static RatingLevel levelOn(RatingScale scale, String levelCode) {
        if (levelCode == null || levelCode.isBlank()) {
            throw new ValidationException("A proposal needs a rating: one of " + codes(scale) + ".");
        }
        return scale.level(levelCode.strip())
                .orElseThrow(() -> new ValidationException("'" + levelCode.strip() + "' is not a level of the "
                        + scale.name() + " scale (" + codes(scale) + ")."));
    }

    private static String codes(RatingScale scale) {
        return scale.levels().stream().map(RatingLevel::code).collect(Collectors.joining(", "));
    }

    private static String checkedCommentary(String commentary) {
        String text = TextHygiene.trimmed(commentary);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_COMMENTARY) {
            throw new ValidationException("A proposal's commentary has at most " + String.format("%,d", MAX_COMMENTARY)
                    + " characters; this one has " + String.format("%,d", text.length()) + ". Shorten it.");
        }
        String refused = TextHygiene.firstRefused(text, true);
        if (refused != null) {
            throw new ValidationException("The commentary holds " + refused + ".");
        }
        return text;
    }

    /** Every proposal standing now, for verification to hold against the audit trail. */
    public static final class Audited implements AuditedEntities {
        private final ProposalRepository repository = new ProposalRepository();

        @Override
        public String entity() {
            return ENTITY;
        }

        @Override
        public Map<UUID, Proposal> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(Proposal::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "the proposed rating " + field.apply("id") + " in round " + field.apply("roundId");
        }
    }
}
