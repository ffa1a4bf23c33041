package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktake.assessments.persistence.AssessmentRepository;
import org.stocktake.assessments.persistence.CitationRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;

/** Opening a round, copied forward or empty, and finalising it; each in one transaction with its audit entries. */
final class RoundChanges {

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final AssessmentViews views;
    private final RoundRepository rounds;
    private final AssessmentRepository assessments;
    private final CitationRepository citations = new CitationRepository();

    RoundChanges(
            Database database,
            Clock clock,
            AuditTrail audit,
            AssessmentViews views,
            RoundRepository rounds,
            AssessmentRepository assessments) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.views = views;
        this.rounds = rounds;
        this.assessments = assessments;
    }

    AssessmentRound create(RoundDraft draft, Long copyFrom) {
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return database.transaction(tx -> {
            String by = audit.actor().name();
            AssessmentRound created = rounds.insert(tx, draft, by, OffsetDateTime.now(clock));
            audit.record(tx, AssessmentService.ROUND, created.uuid(), "create", null, created);
            if (copyFrom != null) {
                AssessmentRound source = views.round(tx, copyFrom);
                if (source.reviewId() != draft.reviewId()) {
                    throw new ValidationException("A round can only be copied from a round of the same review.");
                }
                for (StoredAssessment old : assessments.ofRound(tx, source.id())) {
                    StoredAssessment now = old.current();
                    // No assessor and no date: the values are carried until someone confirms or changes them.
                    assessments.insert(
                            tx,
                            created.id(),
                            now.recommendationId(),
                            now.levelId(),
                            new AssessmentDraft(null, now.direction(), now.commentary()),
                            null,
                            null);
                }
                assessments
                        .ofRound(tx, created.id())
                        .forEach(copied ->
                                audit.record(tx, AssessmentService.ASSESSMENT, copied.uuid(), "copy", null, copied));
                // The carried commentary still rests on the evidence it cited, so the citations come with it.
                for (Citation old : citations.ofRound(tx, source.id())) {
                    Citation copied = citations.insert(
                            tx,
                            created.id(),
                            old.recommendationId(),
                            old.itemId(),
                            old.page(),
                            old.annotationId(),
                            old.citedBy(),
                            OffsetDateTime.now(clock));
                    audit.record(tx, Citations.ENTITY, copied.uuid(), "copy", null, copied);
                }
            }
            return created;
        });
    }

    AssessmentRound finalise(long roundId) {
        return database.transaction(tx -> {
            AssessmentRound before = views.round(tx, roundId);
            if (!rounds.finalise(tx, roundId, audit.actor().name(), OffsetDateTime.now(clock))) {
                throw new ValidationException("'" + before.title() + "' is already final.");
            }
            AssessmentRound after = views.round(tx, roundId);
            audit.record(tx, AssessmentService.ROUND, after.uuid(), "finalise", before, after);
            audit.checkpoint(tx, "round '" + after.title() + "' finalised");
            return after;
        });
    }
}
