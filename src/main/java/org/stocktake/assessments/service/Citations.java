package org.stocktake.assessments.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.assessments.persistence.CitationRepository;
import org.stocktake.assessments.persistence.RoundRepository;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The library's documents an assessment's commentary cites, each at a page (and a note, when one is cited): a link,
 * never pasted text, so the reader opens the document where the assessor read it. Citations change only while the
 * round is a draft, like the assessment itself, and each change is in the audit trail.
 */
public final class Citations {

    static final String ENTITY = "assessment-citation";

    /** More than this many citations for one assessment is a slip, not a commentary. */
    static final int MAX_PER_ASSESSMENT = 50;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final RecommendationService recommendations;
    private final EvidenceService evidence;
    private final Annotations annotations;
    private final RoundRepository rounds = new RoundRepository();
    private final CitationRepository repository = new CitationRepository();

    public Citations(
            Database database,
            Clock clock,
            AuditTrail audit,
            RecommendationService recommendations,
            EvidenceService evidence,
            Annotations annotations) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.annotations = annotations;
    }

    /**
     * Cites a document at a page (null for the whole document, or the note's page when a note is cited) in the
     * assessment of a recommendation in a draft round. Citing the same place twice returns the citation there is.
     *
     * @throws NotFoundException if the round, the recommendation, the document or the note is gone
     * @throws ValidationException if the round is final, the page is not in the document, the note is on another
     *     document, or the assessment cites too much already
     */
    public Citation cite(long roundId, UUID recommendationUuid, long itemId, Integer page, Long annotationId) {
        audit.permit(Action.RATE);
        EvidenceItem item = evidence.item(itemId);
        Integer at = page;
        if (annotationId != null) {
            Anchored note = annotations.of(itemId).stream()
                    .filter(a -> a.annotation().id() == annotationId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            "'" + item.title() + "' has no note " + annotationId + "; it may have been deleted."));
            at = page == null ? Integer.valueOf(note.page()) : page;
        }
        int pages = Math.max(1, item.pageCount());
        if (at != null && (at < 1 || at > pages)) {
            throw new ValidationException("'" + item.title() + "' has no page " + at + "; it has " + pages
                    + (pages == 1 ? " page." : " pages."));
        }
        Integer citedPage = at;
        return database.transaction(tx -> {
            Recommendation recommendation = liveIn(tx, roundId, recommendationUuid);
            List<Citation> existing = repository.of(tx, roundId, recommendation.id());
            for (Citation c : existing) {
                if (c.itemId() == itemId
                        && java.util.Objects.equals(c.page(), citedPage)
                        && java.util.Objects.equals(c.annotationId(), annotationId)) {
                    return c;
                }
            }
            if (existing.size() >= MAX_PER_ASSESSMENT) {
                throw new ValidationException("An assessment cites at most " + MAX_PER_ASSESSMENT
                        + " documents; remove one before citing another.");
            }
            Citation added = repository.insert(
                    tx,
                    roundId,
                    recommendation.id(),
                    itemId,
                    citedPage,
                    annotationId,
                    audit.actor().name(),
                    OffsetDateTime.now(clock));
            audit.record(tx, ENTITY, added.uuid(), "cite", null, added);
            return added;
        });
    }

    /**
     * Removes a citation from an assessment of a draft round.
     *
     * @throws NotFoundException if it is gone already
     * @throws ValidationException if the round is final
     */
    public void remove(long citationId) {
        audit.permit(Action.RATE);
        database.transact(tx -> {
            Citation citation = repository
                    .find(tx, citationId)
                    .orElseThrow(() -> new NotFoundException("That citation is no longer there."));
            draft(tx, citation.roundId());
            repository.delete(tx, citationId);
            audit.record(tx, ENTITY, citation.uuid(), "remove", citation, null);
        });
    }

    /** What an assessment cites, as the assessor reads it, in the order it was cited. */
    public List<CitedEvidence> of(long roundId, UUID recommendationUuid) {
        Recommendation recommendation = recommendations.recommendation(recommendationUuid);
        return repository.of(database.dsl(), roundId, recommendation.id()).stream()
                .map(this::shown)
                .toList();
    }

    /** What each assessment of a round cites, by recommendation id; assessments citing nothing are left out. */
    public Map<Long, List<CitedEvidence>> ofRound(long roundId) {
        Map<Long, List<CitedEvidence>> cited = new LinkedHashMap<>();
        for (Citation c : repository.ofRound(database.dsl(), roundId)) {
            cited.computeIfAbsent(c.recommendationId(), k -> new ArrayList<>()).add(shown(c));
        }
        return cited;
    }

    private CitedEvidence shown(Citation c) {
        try {
            return new CitedEvidence(c, CitationLabel.of(evidence.item(c.itemId()), c.page()), true);
        } catch (NotFoundException gone) {
            return new CitedEvidence(c, "a document no longer in the library", false);
        }
    }

    private Recommendation liveIn(Transaction tx, long roundId, UUID recommendationUuid) {
        AssessmentRound round = draft(tx, roundId);
        return recommendations.recommendations(round.reviewId()).stream()
                .filter(r -> r.uuid().equals(recommendationUuid))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "That recommendation is no longer in the register of this round's review."));
    }

    private AssessmentRound draft(Transaction tx, long roundId) {
        AssessmentRound round = rounds.byId(tx, roundId)
                .orElseThrow(() -> new NotFoundException("That assessment round no longer exists."));
        if (round.isFinal()) {
            throw new ValidationException("'" + round.title() + "' is final; its citations can no longer change.");
        }
        return round;
    }

    /** Every citation standing now, for verification to hold against the audit trail. */
    public static final class Audited implements AuditedEntities {
        private final CitationRepository repository = new CitationRepository();

        @Override
        public String entity() {
            return ENTITY;
        }

        @Override
        public Map<UUID, Citation> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(Citation::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "the citation of document " + field.apply("itemId") + " in round " + field.apply("roundId");
        }
    }
}
