package org.stocktake.evidence.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.store.StoredContent;
import org.stocktake.shared.task.Progress;

/**
 * One call of {@link EvidenceImporter#add}: what it has done so far, and each batch entered in one transaction. Its
 * lists are written from several reading threads. Content stored for a file that did not enter is removed again, so
 * the store never keeps bytes no document names.
 */
final class AddRun {

    private static final Logger LOG = Logger.getLogger(AddRun.class.getName());

    private final EvidenceService service;
    private final ContentStore store;
    private final AddOptions options;
    private final Progress progress;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final List<EvidenceItem> added = new ArrayList<>();
    private final List<AddSummary.Duplicate> duplicates = Collections.synchronizedList(new ArrayList<>());
    private final List<AddSummary.Refusal> refused = Collections.synchronizedList(new ArrayList<>());
    private final List<AddSummary.PartlyRead> partlyRead = Collections.synchronizedList(new ArrayList<>());
    /**
     * Content of the batches not yet entered, by digest, with the name it came as: a second copy is refused, as the
     * library cannot tell it is there until its batch has entered.
     */
    private final Map<String, String> pendingContent = new ConcurrentHashMap<>();

    private volatile boolean stopped;

    AddRun(EvidenceService service, ContentStore store, AddOptions options, Progress progress, int total) {
        this.service = service;
        this.store = store;
        this.options = options;
        this.progress = progress;
        this.total = total;
    }

    Progress progress() {
        return progress;
    }

    boolean cancelled() {
        if (!stopped && progress.isCancelled()) {
            stopped = true;
        }
        return stopped;
    }

    /** Stops the run between files, as a cancel does. */
    void stop() {
        stopped = true;
    }

    /**
     * The files of one transaction: what they stored, and the documents among them the library holds already. The
     * next batch is read while one enters, so each keeps its own.
     */
    static final class Batch {
        /** Documents found in the library already: linked in the batch's transaction. */
        private final List<EvidenceItem> known = Collections.synchronizedList(new ArrayList<>());
        /** Content this batch named, to be forgotten as pending once it has entered or been given up. */
        private final Set<String> pending = ConcurrentHashMap.newKeySet();
        /** Content stored by this batch that was not in the store before: removed if it does not enter. */
        private final Set<String> newlyStored = ConcurrentHashMap.newKeySet();
    }

    /** True when the content is in the library already, or earlier in a batch not entered yet. */
    boolean isKnown(StoredContent content, String name, Batch batch) {
        var existing = service.withContent(content.sha256());
        if (existing.isPresent()) {
            duplicates.add(new AddSummary.Duplicate(name, existing.get()));
            batch.known.add(existing.get());
            return true;
        }
        String earlier = pendingContent.putIfAbsent(content.sha256(), name);
        if (earlier != null) {
            refuse(name, "'" + name + "' has the same content as '" + earlier + "'.");
            return true;
        }
        batch.pending.add(content.sha256());
        if (!content.alreadyStored()) {
            batch.newlyStored.add(content.sha256());
        }
        return false;
    }

    /** Enters the batch's documents, linked as asked, in one transaction; or, on a failure, none of them. */
    void commit(Batch batch, List<EvidenceGroup> groups) {
        List<Long> recommendations = options.recommendationIds();
        List<EvidenceItem> relinked = recommendations.isEmpty() ? List.of() : List.copyOf(batch.known);
        if (groups.isEmpty() && relinked.isEmpty()) {
            giveUp(batch);
            return;
        }
        List<EvidenceItem> entered;
        try {
            entered = service.add(groups, relinked, recommendations);
        } catch (NotFoundException e) {
            giveUp(batch);
            throw new NotFoundException("A recommendation to link the files to left the register while they were"
                    + " added; "
                    + (added.isEmpty() ? "nothing was added" : "only the first " + added.size() + " documents went in")
                    + ". Choose another and add the files again.");
        } catch (RuntimeException e) {
            giveUp(batch);
            throw e;
        }
        added.addAll(entered);
        pendingContent.keySet().removeAll(batch.pending);
    }

    /** Content stored for a batch that does not enter (refused, stopped or failed): nothing names it. */
    void giveUp(Batch batch) {
        batch.newlyStored.forEach(store::discard);
        batch.newlyStored.clear();
        pendingContent.keySet().removeAll(batch.pending);
    }

    /** Removes content the batch stored, for a file that will not enter. */
    void forget(String sha256, Batch batch) {
        if (batch.newlyStored.remove(sha256)) {
            store.discard(sha256);
        }
    }

    void partlyRead(List<AddSummary.PartlyRead> files) {
        partlyRead.addAll(files);
    }

    void refuse(String name, String reason) {
        refused.add(new AddSummary.Refusal(name, reason));
    }

    void refuseAll(List<AddSummary.Refusal> refusals) {
        refused.addAll(refusals);
    }

    void unexpected(Path file, String name, RuntimeException e) {
        LOG.log(Level.WARNING, "Adding " + file + " failed unexpectedly", e);
        refuse(name, "'" + name + "' could not be added: " + e.getClass().getSimpleName() + ".");
    }

    /** One more file dealt with, whichever way. */
    void step() {
        progress.update(done.incrementAndGet(), total);
    }

    AddSummary summary() {
        progress.update(total, total);
        return new AddSummary(added, duplicates, refused, partlyRead, cancelled());
    }
}
