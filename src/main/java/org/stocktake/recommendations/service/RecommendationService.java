package org.stocktake.recommendations.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.persistence.RecommendationRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The register of reviews and their recommendations. Each change is validated, then written in one transaction;
 * a refused change writes nothing. Reviews are kept by {@link ReviewRegister} and new recommendations added by
 * {@link RecommendationBatch}; this class is where the window and the command line reach both.
 */
public final class RecommendationService {

    static final String ENTITY = "recommendation";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReviewRegister reviews;
    private final RecommendationRepository recommendations = new RecommendationRepository();

    public RecommendationService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.reviews = new ReviewRegister(database, clock, audit);
    }

    /** A service whose changes are recorded as made by the person at this computer. */
    public RecommendationService(Database database, Clock clock) {
        this(database, clock, new AuditTrail(database, clock, Actor::fromEnvironment));
    }

    public List<Review> reviews() {
        return reviews.all();
    }

    /** @throws NotFoundException if no review has this code */
    public Review review(String code) {
        return reviews.existing(database.dsl(), code);
    }

    /** The review with this code, if there is one. */
    public Optional<Review> findReview(String code) {
        return reviews.find(code);
    }

    /** @throws ValidationException if the draft is invalid or its code is taken */
    public Review createReview(ReviewDraft draft) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> reviews.create(tx, draft));
    }

    /** The review's themes, in order. */
    public List<String> themes(long reviewId) {
        return reviews.themes(reviewId);
    }

    /** Live recommendations of one review, or of all reviews when {@code reviewId} is null. */
    public List<Recommendation> recommendations(Long reviewId) {
        return recommendations.live(database.dsl(), reviewId);
    }

    /** @throws NotFoundException if there is no such recommendation, live or deleted */
    public Recommendation recommendation(UUID uuid) {
        return recommendations.byUuid(database.dsl(), uuid).orElseThrow(RecommendationService::missing);
    }

    /** @throws ValidationException if the draft is invalid or its number is taken in the review */
    public Recommendation create(RecommendationDraft draft) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> {
            if (!reviews.exists(tx, draft.reviewId())) {
                List<String> problems = new ArrayList<>(draft.problems());
                problems.add("The recommendation's review does not exist.");
                throw new ValidationException(problems);
            }
            UUID uuid = batch(tx, draft.reviewId()).add(draft);
            return recommendations.byUuid(tx, uuid).orElseThrow();
        });
    }

    /**
     * Adds the drafts, in order, to one review in one transaction, first creating the review when {@code reviewIsNew}
     * (else the review with {@code review}'s code). The drafts' own review ids are ignored; their themes are added to
     * the review as first used. Either everything is written or nothing is.
     *
     * @return the review the drafts went into
     * @throws ValidationException if the new review is invalid or its code taken, or if any draft is invalid or its
     *     number taken in the review (by a live recommendation or an earlier draft)
     * @throws NotFoundException if the review is not new and no review has its code
     */
    public Review createAll(ReviewDraft review, boolean reviewIsNew, List<RecommendationDraft> drafts) {
        return createAll(review, reviewIsNew, drafts, (tx, written) -> {});
    }

    /**
     * As {@link #createAll(ReviewDraft, boolean, List)}, then runs {@code alongside} in the same transaction with the
     * recommendations written, in the drafts' order: what another feature writes about them (links to a document, say)
     * stands or falls with them. Should {@code alongside} throw, nothing at all is written.
     */
    public Review createAll(
            ReviewDraft review,
            boolean reviewIsNew,
            List<RecommendationDraft> drafts,
            BiConsumer<Transaction, List<Recommendation>> alongside) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> {
            Review target = reviewIsNew ? reviews.create(tx, review) : reviews.existing(tx, review.code());
            List<UUID> added = batch(tx, target.id()).addAll(drafts);
            List<Recommendation> written = new ArrayList<>(added.size());
            for (UUID uuid : added) {
                written.add(recommendations.byUuid(tx, uuid).orElseThrow());
            }
            alongside.accept(tx, List.copyOf(written));
            return target;
        });
    }

    /**
     * Saves the draft over the recommendation, provided nobody saved it since {@code expectedVersion} was read.
     *
     * @throws ValidationException if the draft is invalid or its number is taken in the review
     * @throws StaleEditException if the recommendation changed or was deleted since it was read
     */
    public Recommendation update(UUID uuid, int expectedVersion, RecommendationDraft draft) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> {
            Recommendation current = recommendations.byUuid(tx, uuid).orElseThrow(RecommendationService::missing);
            if (draft.reviewId() != current.reviewId()) {
                throw new ValidationException("A recommendation cannot be moved to another review.");
            }
            validate(tx, draft, uuid);
            Long themeId = draft.theme() == null ? null : reviews.themeId(tx, draft.reviewId(), draft.theme());
            if (!recommendations.update(tx, uuid, expectedVersion, draft, themeId, now())) {
                throw new StaleEditException(current.number());
            }
            Recommendation saved = recommendations.byUuid(tx, uuid).orElseThrow();
            audit.record(tx, ENTITY, uuid, "update", current, saved);
            return saved;
        });
    }

    /** Removes the recommendation from the register; {@link #restore} brings it back. */
    public void delete(UUID uuid) {
        audit.permit(Action.EDIT_REGISTER);
        database.transact(tx -> {
            Recommendation current = recommendations.byUuid(tx, uuid).orElseThrow(RecommendationService::missing);
            if (recommendations.markDeleted(tx, uuid, now())) {
                audit.record(tx, ENTITY, uuid, "delete", current, null);
            }
        });
    }

    /**
     * Brings a deleted recommendation back.
     *
     * @throws ValidationException if a live recommendation has taken its number meanwhile
     */
    public Recommendation restore(UUID uuid) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> {
            Recommendation deleted = recommendations.byUuid(tx, uuid).orElseThrow(RecommendationService::missing);
            if (recommendations.numberTaken(tx, deleted.reviewId(), deleted.number(), uuid)) {
                throw new ValidationException("Recommendation " + deleted.number()
                        + " cannot come back: another recommendation now has that number.");
            }
            recommendations.restore(tx, uuid, now());
            Recommendation restored = recommendations.byUuid(tx, uuid).orElseThrow();
            audit.record(tx, ENTITY, uuid, "restore", null, restored);
            return restored;
        });
    }

    private void validate(Transaction tx, RecommendationDraft draft, UUID except) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (!reviews.exists(tx, draft.reviewId())) {
            problems.add("The recommendation's review does not exist.");
        } else if (draft.number() != null
                && recommendations.numberTaken(tx, draft.reviewId(), draft.number(), except)) {
            problems.add("Recommendation " + draft.number() + " already exists in this review.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private RecommendationBatch batch(Transaction tx, long reviewId) {
        return new RecommendationBatch(tx, reviewId, reviews, recommendations, audit, clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException missing() {
        return new NotFoundException("That recommendation no longer exists.");
    }
}
