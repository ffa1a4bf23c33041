package org.stocktake.evidence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.evidence.persistence.AnnotationRepository;
import org.stocktake.evidence.persistence.NoteLinkRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * Notes that bear on recommendations, linked and unlinked by a person; each change is audited and tells the library,
 * so that a search for a recommendation's evidence finds the note's document at once. Whether a recommendation is
 * still in the register is asked of {@code liveRecommendation}, which the composition root supplies: the library
 * never depends on the register.
 */
public final class NoteLinks {

    static final String ENTITY = "annotation-link";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final EvidenceService evidence;
    private final LongPredicate liveRecommendation;
    private final NoteLinkRepository repository = new NoteLinkRepository();
    private final AnnotationRepository notes = new AnnotationRepository();

    public NoteLinks(
            Database database,
            Clock clock,
            AuditTrail audit,
            EvidenceService evidence,
            LongPredicate liveRecommendation) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.evidence = evidence;
        this.liveRecommendation = liveRecommendation;
    }

    /**
     * Links a note to a recommendation; linking twice changes nothing.
     *
     * @return whether a link was added
     * @throws NotFoundException if the note or the recommendation is gone
     */
    public boolean link(long annotationId, long recommendationId) {
        audit.permit(Action.ANNOTATE);
        if (!liveRecommendation.test(recommendationId)) {
            throw new NotFoundException("That recommendation is no longer in the register; choose another.");
        }
        Annotation note = database.transaction(tx -> {
            Annotation found = live(tx, annotationId);
            if (repository.find(tx, annotationId, recommendationId).isPresent()) {
                return null;
            }
            NoteLink added = repository.insert(
                    tx, annotationId, recommendationId, audit.actor().name(), now());
            audit.record(tx, ENTITY, added.uuid(), "link", null, added);
            return found;
        });
        if (note == null) {
            return false;
        }
        evidence.changedItem(note.itemId());
        return true;
    }

    /**
     * Unlinks a note from a recommendation; unlinking what is not linked changes nothing.
     *
     * @return whether a link was removed
     * @throws NotFoundException if the note is gone
     */
    public boolean unlink(long annotationId, long recommendationId) {
        audit.permit(Action.ANNOTATE);
        Annotation note = database.transaction(tx -> {
            Annotation found = live(tx, annotationId);
            NoteLink link = repository.find(tx, annotationId, recommendationId).orElse(null);
            if (link == null) {
                return null;
            }
            repository.delete(tx, link.id());
            audit.record(tx, ENTITY, link.uuid(), "unlink", link, null);
            return found;
        });
        if (note == null) {
            return false;
        }
        evidence.changedItem(note.itemId());
        return true;
    }

    /** The recommendations a note bears on. */
    public Set<Long> of(long annotationId) {
        return repository.ofNote(database.dsl(), annotationId);
    }

    /** The live notes that bear on a recommendation, by document, page and place on the page. */
    public List<Annotation> linkedTo(long recommendationId) {
        return database.transaction(tx -> repository.notesLinkedTo(tx, recommendationId).stream()
                .map(id -> notes.find(tx, id).orElseThrow())
                .toList());
    }

    /** The recommendations each document bears on through its live notes, by document id. */
    public Map<Long, Set<Long>> byItem() {
        return repository.byItem(database.dsl());
    }

    private Annotation live(Transaction tx, long id) {
        return notes.find(tx, id)
                .orElseThrow(() -> new NotFoundException("There is no note " + id + "; it may have been deleted."));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Every link standing now, for verification to hold against the audit trail. */
    public static final class Audited implements AuditedEntities {
        private final NoteLinkRepository repository = new NoteLinkRepository();

        @Override
        public String entity() {
            return ENTITY;
        }

        @Override
        public Map<UUID, NoteLink> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(NoteLink::uuid, Function.identity()));
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "the link of note " + field.apply("annotationId") + " to recommendation "
                    + field.apply("recommendationId");
        }
    }
}
