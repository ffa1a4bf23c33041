package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.ScaleRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/** Rating scales as data: the built-in ones, the user's own, and which scale each review is rated on. */
public final class ScaleService {

    /** The scale a review is rated on until someone picks another. */
    public static final String DEFAULT_SCALE = BuiltInScales.PROGRESS;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final ScaleRepository repository = new ScaleRepository();

    public ScaleService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** Adds any built-in scale the workspace lacks; safe to call on every start. */
    public void ensureBuiltIns() {
        List<String> present = scales().stream().map(RatingScale::code).toList();
        List<ScaleDraft> missing = BuiltInScales.all().stream()
                .filter(s -> !present.contains(s.code()))
                .toList();
        if (!missing.isEmpty()) {
            database.transact(tx -> missing.forEach(draft -> insert(tx, draft, true)));
        }
    }

    public List<RatingScale> scales() {
        return repository.all(database.dsl());
    }

    /** @throws NotFoundException if no scale has this code */
    public RatingScale scale(String code) {
        return repository
                .byCode(database.dsl(), code)
                .orElseThrow(() -> new NotFoundException("There is no rating scale with the code '" + code + "'."));
    }

    /**
     * Adds a user's own scale.
     *
     * @throws ValidationException if the scale is not valid or its code is taken
     */
    public RatingScale create(ScaleDraft draft) {
        audit.permit(Action.EDIT_REGISTER);
        return database.transaction(tx -> {
            long id = insert(tx, draft, false);
            return repository.byId(tx, id).orElseThrow();
        });
    }

    private long insert(Transaction tx, ScaleDraft draft, boolean builtIn) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && repository.byCode(tx, draft.code()).isPresent()) {
            problems.add("A scale with the code '" + draft.code() + "' already exists.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = repository.insert(tx, draft, builtIn, OffsetDateTime.now(clock));
        RatingScale created = repository.byId(tx, id).orElseThrow();
        audit.record(tx, "rating-scale", created.uuid(), "create", null, created);
        return id;
    }

    /** The scale the review is rated on: the one chosen for it, else {@link #DEFAULT_SCALE}. */
    public RatingScale scaleForReview(long reviewId) {
        return scaleForReview(database.dsl(), reviewId);
    }

    RatingScale scaleForReview(Transaction tx, long reviewId) {
        return repository
                .scaleOfReview(tx, reviewId)
                .flatMap(id -> repository.byId(tx, id))
                .or(() -> repository.byCode(tx, DEFAULT_SCALE))
                .orElseThrow(() -> new NotFoundException("The workspace has no rating scales."));
    }

    /** Rates the review on the scale with this code from now on. */
    public void useForReview(long reviewId, String scaleCode) {
        audit.permit(Action.EDIT_REGISTER);
        database.transact(tx -> {
            RatingScale scale = repository
                    .byCode(tx, scaleCode)
                    .orElseThrow(
                            () -> new NotFoundException("There is no rating scale with the code '" + scaleCode + "'."));
            boolean rated = new AssessmentRepository()
                    .ofReview(tx, reviewId).stream()
                            .anyMatch(a -> a.levelId() != null
                                    && scale.levelById(a.levelId()).isEmpty());
            if (rated) {
                throw new ValidationException("This review already has ratings on another scale; they would no longer"
                        + " mean anything. Start a new review to use a different scale.");
            }
            repository.useForReview(tx, reviewId, scale.id());
        });
    }
}
