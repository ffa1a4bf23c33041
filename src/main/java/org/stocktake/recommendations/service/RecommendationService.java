package org.stocktake.recommendations.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.persistence.RecommendationRepository;
import org.stocktake.recommendations.persistence.ReviewRepository;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The register of reviews and their recommendations. Each change is validated, then written in one transaction;
 * a refused change writes nothing.
 */
public final class RecommendationService {

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    static final String ENTITY = "recommendation";
    static final String ENTITY_REVIEW = "review";

    private final ReviewRepository reviews = new ReviewRepository();
    private final RecommendationRepository recommendations = new RecommendationRepository();

    public RecommendationService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** A service whose changes are recorded as made by the person at this computer. */
    public RecommendationService(Database database, Clock clock) {
        this(database, clock, new AuditTrail(database, clock, Actor::fromEnvironment));
    }

    public List<Review> reviews() {
        return reviews.all(database.dsl());
    }

    /** @throws NotFoundException if no review has this code */
    public Review review(String code) {
        return reviews.byCode(database.dsl(), code)
                .orElseThrow(() -> new NotFoundException("There is no review with the code '" + code + "'."));
    }

    /** The review with this code, if there is one. */
    public Optional<Review> findReview(String code) {
        return reviews.byCode(database.dsl(), code);
    }

    /** @throws ValidationException if the draft is invalid or its code is taken */
    public Review createReview(ReviewDraft draft) {
        return database.transaction(dsl -> createReview(dsl, draft));
    }

    Review createReview(Transaction dsl, ReviewDraft draft) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && reviews.byCode(dsl, draft.code()).isPresent()) {
            problems.add("A review with the code '" + draft.code() + "' already exists.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Review created = reviews.insert(dsl, draft, now());
        audit.record(dsl, ENTITY_REVIEW, created.uuid(), "create", null, created);
        return created;
    }

    /** The review's themes, in order. */
    public List<String> themes(long reviewId) {
        return reviews.themes(database.dsl(), reviewId);
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
        return database.transaction(dsl -> {
            if (reviews.byId(dsl, draft.reviewId()).isEmpty()) {
                List<String> problems = new ArrayList<>(draft.problems());
                problems.add("The recommendation's review does not exist.");
                throw new ValidationException(problems);
            }
            UUID uuid = new BatchInsert(dsl, draft.reviewId()).add(draft);
            return recommendations.byUuid(dsl, uuid).orElseThrow();
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
        return database.transaction(dsl -> {
            Review target = reviewIsNew
                    ? createReview(dsl, review)
                    : reviews.byCode(dsl, review.code())
                            .orElseThrow(() ->
                                    new NotFoundException("There is no review with the code '" + review.code() + "'."));
            new BatchInsert(dsl, target.id()).addAll(drafts);
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
        return database.transaction(dsl -> {
            Recommendation current = recommendations.byUuid(dsl, uuid).orElseThrow(RecommendationService::missing);
            if (draft.reviewId() != current.reviewId()) {
                throw new ValidationException("A recommendation cannot be moved to another review.");
            }
            validate(dsl, draft, uuid);
            Long themeId = draft.theme() == null ? null : reviews.themeId(dsl, draft.reviewId(), draft.theme());
            if (!recommendations.update(dsl, uuid, expectedVersion, draft, themeId, now())) {
                throw new StaleEditException(current.number());
            }
            Recommendation saved = recommendations.byUuid(dsl, uuid).orElseThrow();
            audit.record(dsl, ENTITY, uuid, "update", current, saved);
            return saved;
        });
    }

    /** Removes the recommendation from the register; {@link #restore} brings it back. */
    public void delete(UUID uuid) {
        database.transact(dsl -> {
            Recommendation current = recommendations.byUuid(dsl, uuid).orElseThrow(RecommendationService::missing);
            if (recommendations.markDeleted(dsl, uuid, now())) {
                audit.record(dsl, ENTITY, uuid, "delete", current, null);
            }
        });
    }

    /**
     * Brings a deleted recommendation back.
     *
     * @throws ValidationException if a live recommendation has taken its number meanwhile
     */
    public Recommendation restore(UUID uuid) {
        return database.transaction(dsl -> {
            Recommendation deleted = recommendations.byUuid(dsl, uuid).orElseThrow(RecommendationService::missing);
            if (recommendations.numberTaken(dsl, deleted.reviewId(), deleted.number(), uuid)) {
                throw new ValidationException("Recommendation " + deleted.number()
                        + " cannot come back: another recommendation now has that number.");
            }
            recommendations.restore(dsl, uuid, now());
            Recommendation restored = recommendations.byUuid(dsl, uuid).orElseThrow();
            audit.record(dsl, ENTITY, uuid, "restore", null, restored);
            return restored;
        });
    }

    private void validate(Transaction dsl, RecommendationDraft draft, UUID except) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (reviews.byId(dsl, draft.reviewId()).isEmpty()) {
            problems.add("The recommendation's review does not exist.");
        } else if (draft.number() != null
                && recommendations.numberTaken(dsl, draft.reviewId(), draft.number(), except)) {
            problems.add("Recommendation " + draft.number() + " already exists in this review.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Adds drafts to one review in the caller's transaction: one for a single creation, many for an import. The
     * numbers taken, the next position and the theme ids are read once, so the cost grows with the number of drafts,
     * not with the square of the review's size.
     */
    private final class BatchInsert {
        private final Transaction dsl;
        private final long reviewId;
        private final Set<String> taken;
        private final Map<String, Long> themeIds = new HashMap<>();
        private int position;

        BatchInsert(Transaction dsl, long reviewId) {
            this.dsl = dsl;
            this.reviewId = reviewId;
            this.taken = recommendations.liveNumbers(dsl, reviewId);
            this.position = recommendations.nextPosition(dsl, reviewId);
        }

        void addAll(List<RecommendationDraft> drafts) {
            drafts.forEach(this::add);
        }

        /** Validates and adds one draft (its own review id is ignored); returns its new identity. */
        UUID add(RecommendationDraft given) {
            RecommendationDraft draft = inReview(given, reviewId);
            List<String> problems = new ArrayList<>(draft.problems());
            if (draft.number() != null && !taken.add(draft.number().toUpperCase(Locale.ROOT))) {
                problems.add("Recommendation " + draft.number() + " already exists in this review.");
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Long themeId = draft.theme() == null
                    ? null
                    : themeIds.computeIfAbsent(draft.theme(), name -> reviews.themeId(dsl, reviewId, name));
            UUID uuid = recommendations.insert(dsl, draft, themeId, position++, now());
            audit.record(
                    dsl,
                    ENTITY,
                    uuid,
                    "create",
                    null,
                    recommendations.byUuid(dsl, uuid).orElseThrow());
            return uuid;
        }
    }

    private static RecommendationDraft inReview(RecommendationDraft draft, long reviewId) {
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static NotFoundException missing() {
        return new NotFoundException("That recommendation no longer exists.");
    }
}
