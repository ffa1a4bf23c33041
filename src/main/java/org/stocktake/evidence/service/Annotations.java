package org.stocktake.evidence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.evidence.persistence.AnnotationRepository;
import org.stocktake.evidence.persistence.EvidenceRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * Highlights with notes on documents' pages, attributed to whoever acts and dated. Each change is audited and tells
 * the library, so the notes are searchable at once.
 */
public final class Annotations {

    static final String ENTITY = "annotation";
    static final int QUOTE = 4000;
    static final int NOTE = 10000;

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final EvidenceService evidence;
    private final AnnotationRepository repository = new AnnotationRepository();
    private final EvidenceRepository documents = new EvidenceRepository();

    public Annotations(Database database, Clock clock, AuditTrail audit, EvidenceService evidence) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.evidence = evidence;
    }

    /**
     * Highlights characters {@code start} to {@code end} of a page (from 1) with a note (which may be empty).
     *
     * @throws ValidationException if the passage is empty, outside the page or too long, or the note cannot be kept
     * @throws NotFoundException if the document is gone
     */
    public Annotation add(long itemId, int page, int start, int end, String note) {
        audit.permit(Action.ANNOTATE);
        String kept = checkedNote(note);
        Annotation added = database.transaction(tx -> {
            documents.find(tx, itemId).orElseThrow(() -> new NotFoundException("The document is no longer there."));
            List<String> pages = documents.pages(tx, itemId);
            if (page < 1 || page > pages.size()) {
                throw new ValidationException("The document has no page " + page + ".");
            }
            String text = pages.get(page - 1);
            if (start < 0 || end > text.length() || start >= end) {
                throw new ValidationException("Select some text on the page to highlight it.");
            }
            if (end - start > QUOTE) {
                throw new ValidationException(
                        "A highlight holds at most " + QUOTE + " characters; select a shorter passage.");
            }
            Annotation annotation = repository.insert(
                    tx,
                    itemId,
                    page,
                    start,
                    text.substring(start, end),
                    AnnotationAnchor.prefix(text, start),
                    AnnotationAnchor.suffix(text, end),
                    kept,
                    audit.actor().name(),
                    now());
            audit.record(tx, ENTITY, annotation.uuid(), "add", null, annotation);
            return annotation;
        });
        evidence.changedItem(itemId);
        return added;
    }

    /** Changes an annotation's note. */
    public Annotation edit(long id, String note) {
        audit.permit(Action.ANNOTATE);
        String kept = checkedNote(note);
        Annotation edited = database.transaction(tx -> {
            Annotation before = live(tx, id);
            repository.updateNote(tx, id, kept, now());
            Annotation after = repository.find(tx, id).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "update", before, after);
            return after;
        });
        evidence.changedItem(edited.itemId());
        return edited;
    }

    /** Removes an annotation from view; it is kept, marked deleted, in the workspace and its audit trail. */
    public void delete(long id) {
        audit.permit(Action.ANNOTATE);
        Annotation deleted = database.transaction(tx -> {
            Annotation before = live(tx, id);
            repository.markDeleted(tx, id, now());
            audit.record(tx, ENTITY, before.uuid(), "delete", before, null);
            return before;
        });
        evidence.changedItem(deleted.itemId());
    }

    /** A document's annotations, each found again in its text as it stands now. */
    public List<Anchored> of(long itemId) {
        List<String> pages = evidence.pages(itemId);
        return repository.forItem(database.dsl(), itemId).stream()
                .map(a -> AnnotationAnchor.find(a, pages))
                .toList();
    }

    private Annotation live(Transaction tx, long id) {
        return repository.find(tx, id).orElseThrow(() -> new NotFoundException("The annotation is no longer there."));
    }

    private static String checkedNote(String note) {
        String kept = note == null ? "" : note.strip();
        String refused = TextHygiene.firstRefused(kept, true);
        if (refused != null) {
            throw new ValidationException("The note holds " + refused + ".");
        }
        if (kept.codePointCount(0, kept.length()) > NOTE) {
            throw new ValidationException("A note holds at most " + NOTE + " characters; shorten it.");
        }
        return kept;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The live annotations, for verification to hold against the audit trail. */
    public static final class Audited implements AuditedEntities {
        private final AnnotationRepository repository = new AnnotationRepository();

        @Override
        public String entity() {
            return ENTITY;
        }

        @Override
        public Map<UUID, Annotation> current(Transaction tx) {
            return repository.all(tx).stream().collect(Collectors.toMap(Annotation::uuid, Function.identity()));
        }

        @Override
        public boolean keptAsDeleted(Transaction tx, UUID uuid) {
            return repository.isDeleted(tx, uuid);
        }

        @Override
        public String name(Transaction tx, Function<String, String> field) {
            return "annotation on page " + field.apply("page") + " (\u201c" + field.apply("quote") + "\u201d)";
        }
    }
}
