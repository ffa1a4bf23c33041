package org.stocktake.evidence.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.evidence.persistence.EvidenceLinkRepository;
import org.stocktake.evidence.persistence.EvidenceRepository;
import org.stocktake.evidence.persistence.NoteLinkRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The library's documents: entered with their text in one transaction, edited by people (which confirms the guesses),
 * linked to recommendations. Every change is written to the audit trail in the same transaction, as made by the
 * trail's actor.
 */
public final class EvidenceService {

    static final String ENTITY = "evidence";
    static final String LINK_ENTITY = "evidence-link";

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final EvidenceRepository repository = new EvidenceRepository();
    private final EvidenceLinkRepository evidenceLinks = new EvidenceLinkRepository();
    private volatile Consumer<List<EvidenceItem>> changes = items -> {};

    public EvidenceService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** Tells {@code listener} of documents entered or changed, once their transaction has committed (to index them). */
    public void onChange(Consumer<List<EvidenceItem>> listener) {
        this.changes = listener;
    }

    private <T> T changed(T result, List<EvidenceItem> items) {
        changes.accept(items);
        return result;
    }

    /** Every document, newest first (undated last). */
    public List<EvidenceItem> items() {
        return repository.all(database.dsl());
    }

    /**
     * @throws NotFoundException if there is no such document
     */
    public EvidenceItem item(long id) {
        return repository
                .find(database.dsl(), id)
                .orElseThrow(() -> new NotFoundException("There is no document " + id + " in the library."));
    }

    /** The document whose stored content has this digest, if the library has one. */
    public Optional<EvidenceItem> withContent(String sha256) {
        return repository.findByContent(database.dsl(), sha256);
    }

    /** The text of each page, first page first. */
    public List<String> pages(long id) {
        return repository.pages(database.dsl(), id);
    }

    /**
     * Enters documents with their attachments, all in one transaction: every one of them, or (on any failure) none.
     * A document whose content the library holds already is not entered again; the existing item is returned.
     */
    public List<EvidenceItem> add(List<EvidenceGroup> groups) {
        return add(groups, List.of(), List.of());
    }

    /**
     * Enters documents as {@link #add(List)} does and, in the same transaction, links every document entered (and
     * every one of {@code known}, found in the library already) to each of the recommendations: the documents go in
     * with all their links or not at all.
     *
     * @throws NotFoundException if a recommendation is not in the register; nothing was entered or linked
     */
    public List<EvidenceItem> add(List<EvidenceGroup> groups, List<EvidenceItem> known, List<Long> recommendationIds) {
        audit.permit(Action.ADD_EVIDENCE);
        List<EvidenceItem> relinked = new ArrayList<>();
        List<EvidenceItem> added = database.transaction(tx -> {
            List<EvidenceItem> entered = new ArrayList<>();
            for (EvidenceGroup group : groups) {
                EvidenceItem parent = enter(tx, group.document());
                entered.add(parent);
                for (NewEvidence attachment : group.attachments()) {
                    entered.add(enter(tx, FittedEvidence.withParent(attachment, parent.id())));
                }
            }
            for (long recommendationId : recommendationIds) {
                for (EvidenceItem item : entered) {
                    link(tx, item.id(), recommendationId, null);
                }
                for (EvidenceItem item : known) {
                    if (link(tx, item.id(), recommendationId, null) && !relinked.contains(item)) {
                        relinked.add(item);
                    }
                }
            }
            return entered;
        });
        List<EvidenceItem> changedItems = new ArrayList<>(added);
        changedItems.addAll(relinked);
        return changed(added, changedItems);
    }

    /**
     * Refuses recommendations that are not in the register, before anything is linked to them.
     *
     * @throws NotFoundException naming how many are missing
     */
    public void requireInRegister(List<Long> recommendationIds) {
        database.transact(tx -> {
            for (long recommendationId : recommendationIds) {
                requireInRegister(tx, recommendationId);
            }
        });
    }

    private void requireInRegister(Transaction tx, long recommendationId) {
        if (!evidenceLinks.inRegister(tx, recommendationId)) {
            throw new NotFoundException("That recommendation is no longer in the register; choose another.");
        }
    }

    private EvidenceItem enter(Transaction tx, NewEvidence item) {
        Optional<EvidenceItem> existing = repository.findByContent(tx, item.sha256());
        if (existing.isPresent()) {
            return existing.get();
        }
        NewEvidence fitted = FittedEvidence.fitted(item);
        OffsetDateTime now = now();
        repository.recordStoredFile(tx, item.sha256(), item.sizeBytes(), item.mediaType(), now);
        long id = repository.insert(tx, fitted, audit.actor().name(), now);
        EvidenceItem entered = repository.find(tx, id).orElseThrow();
        audit.record(tx, ENTITY, entered.uuid(), "add", null, entered);
        return entered;
    }

    /**
     * Saves what a person made of a document's fields; every guess counts as confirmed from now on.
     *
     * @throws org.stocktake.shared.ValidationException if a field cannot be kept; nothing was saved
     * @throws StaleEditException if the document changed since {@code seen} was read
     * @throws NotFoundException if there is no such document
     */
    public EvidenceItem update(EvidenceItem seen, EvidenceDraft draft) {
        audit.permit(Action.ADD_EVIDENCE);
        EvidenceDraft checked = EvidenceLimits.checked(draft);
        EvidenceItem updated = database.transaction(tx -> {
            EvidenceItem before = repository
                    .find(tx, seen.id())
                    .orElseThrow(() -> new NotFoundException("The document '" + seen.title() + "' is gone."));
            if (!before.updatedAt().equals(seen.updatedAt())) {
                throw new StaleEditException(
                        "The document '" + before.title() + "' was changed meanwhile; reopen it and edit again.");
            }
            if (checked.repliesToId() != null) {
                requireOther(tx, before, checked.repliesToId());
            }
            repository.update(tx, before.id(), checked, Set.of(), now());
            EvidenceItem after = repository.find(tx, before.id()).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "update", before, after);
            return after;
        });
        return changed(updated, List.of(updated));
    }

    private void requireOther(Transaction tx, EvidenceItem item, long repliesToId) {
        if (repliesToId == item.id()) {
            throw new org.stocktake.shared.ValidationException("A letter cannot reply to itself.");
        }
        if (repository.find(tx, repliesToId).isEmpty()) {
            throw new NotFoundException("The letter it replies to is no longer in the library.");
        }
    }

    /** Replaces a document's text, e.g. once OCR has read the pages that were images. */
    public EvidenceItem recordText(long id, List<String> pages, TextStatus status, String note) {
        EvidenceItem read = database.transaction(tx -> {
            EvidenceItem before = repository.find(tx, id).orElseThrow(() -> new NotFoundException("No document " + id));
            repository.replaceText(tx, id, pages, status, EvidenceLimits.fitted(note, EvidenceLimits.NOTE), now());
            EvidenceItem after = repository.find(tx, id).orElseThrow();
            audit.record(tx, ENTITY, after.uuid(), "read text", before, after);
            return after;
        });
        return changed(read, List.of(read));
    }

    /**
     * Links a document to a recommendation (at a page, when one is given); linking twice changes nothing.
     *
     * @return whether a link was added
     */
    public boolean link(long itemId, long recommendationId, Integer page) {
        audit.permit(Action.ADD_EVIDENCE);
        boolean added = database.transaction(tx -> link(tx, itemId, recommendationId, page));
        return added ? changed(true, List.of(item(itemId))) : false;
    }

    /**
     * Links as {@link #link(long, long, Integer)} does, audited, in the caller's transaction: for a change of another
     * feature that must stand or fall with its links (recommendations imported from this document, say). The caller
     * tells {@link #linksCommitted} once the transaction has committed, so the search index learns of the links.
     *
     * @return whether a link was added
     * @throws NotFoundException if there is no such document, or the recommendation is not in the register
     * @throws org.stocktake.shared.ValidationException if the document has no such page
     */
    public boolean link(Transaction tx, long itemId, long recommendationId, Integer page) {
        EvidenceItem item = repository
                .find(tx, itemId)
                .orElseThrow(() -> new NotFoundException("There is no document " + itemId + " in the library."));
        if (page != null && (page < 1 || page > Math.max(1, item.pageCount()))) {
            throw new org.stocktake.shared.ValidationException(
                    "'" + item.title() + "' has no page " + page + "; it has " + item.pageCount() + ".");
        }
        requireInRegister(tx, recommendationId);
        boolean linked = evidenceLinks.link(tx, itemId, recommendationId, page, now());
        if (linked) {
            audit.record(tx, LINK_ENTITY, item.uuid(), "link", null, Map.of("recommendation", recommendationId));
        }
        return linked;
    }

    /** Tells the search index of links to the document made in a caller's transaction, now committed. */
    public void linksCommitted(long itemId) {
        changedItem(itemId);
    }

    /** The recommendations each document is linked to, by document id. */
    public Map<Long, Set<Long>> links() {
        return evidenceLinks.links(database.dsl());
    }

    /**
     * The recommendations each document bears on, itself or through one of its notes, by document id: what a search
     * by recommendation keeps.
     */
    public Map<Long, Set<Long>> bearingOn() {
        Map<Long, Set<Long>> all = new java.util.HashMap<>(links());
        new NoteLinkRepository()
                .byItem(database.dsl())
                .forEach((item, recommendations) -> all.merge(item, recommendations, (a, b) -> {
                    Set<Long> both = new java.util.HashSet<>(a);
                    both.addAll(b);
                    return both;
                }));
        return all;
    }

    /** The documents linked to a recommendation, with the page each link names (or null). */
    public Map<Long, Integer> linkedTo(long recommendationId) {
        return evidenceLinks.linkedTo(database.dsl(), recommendationId);
    }

    /** Tells the listener that something about a document changed (its annotations), so it is indexed again. */
    void changedItem(long itemId) {
        changes.accept(List.of(item(itemId)));
    }

    /** Every digest a document refers to: what the file store must keep. */
    public Set<String> storedDigests() {
        return repository.storedDigests(database.dsl());
    }

    public long count() {
        return repository.count(database.dsl());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
