package org.stocktake.recommendations.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.persistence.ReviewRepository;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/** The reviews and their themes: finding a review by its code, and adding reviews and themes. */
final class ReviewRegister {

    static final String ENTITY = "review";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReviewRepository reviews = new ReviewRepository();

    ReviewRegister(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    List<Review> all() {
        return reviews.all(database.dsl());
    }

    /** The review with this code, typed in any of the forms that normalise to it. */
    Optional<Review> find(Transaction tx, String code) {
        String normal = TextHygiene.identifier(code);
        return normal == null ? Optional.empty() : reviews.byCode(tx, normal);
    }

    Optional<Review> find(String code) {
        return find(database.dsl(), code);
    }

    /** @throws NotFoundException if no review has this code */
    Review existing(Transaction tx, String code) {
        return find(tx, code)
                .orElseThrow(() -> new NotFoundException("There is no review with the code '" + code + "'."));
    }

    boolean exists(Transaction tx, long id) {
        return reviews.byId(tx, id).isPresent();
    }

    /** @throws ValidationException if the draft is invalid or its code is taken */
    Review create(Transaction tx, ReviewDraft draft) {
        List<String> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && reviews.byCode(tx, draft.code()).isPresent()) {
            problems.add("A review with the code '" + draft.code() + "' already exists.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Review created = reviews.insert(tx, draft, OffsetDateTime.now(clock));
        audit.record(tx, ENTITY, created.uuid(), "create", null, created);
        return created;
    }

    List<String> themes(long reviewId) {
        return reviews.themes(database.dsl(), reviewId);
    }

    /** The theme's id in the review, adding the theme after the others when it is new. */
    long themeId(Transaction tx, long reviewId, String name) {
        return reviews.themeId(tx, reviewId, name);
    }
}
