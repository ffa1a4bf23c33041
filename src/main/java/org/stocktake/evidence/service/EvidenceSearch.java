package org.stocktake.evidence.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.evidence.search.IndexedAnnotation;
import org.stocktake.evidence.search.IndexedItem;
import org.stocktake.evidence.search.IndexedPage;
import org.stocktake.evidence.search.SearchIndex;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.search.SearchResult;
import org.stocktake.shared.task.Progress;

/**
 * Search over the library. The index is derived from the documents' stored text: when it is missing, damaged or
 * behind the database (a crash between a commit and its indexing), it is brought up to date before the first search,
 * never failing the workspace.
 */
public final class EvidenceSearch implements AutoCloseable {

    public static final String FOLDER = "index";

    private static final Logger LOG = Logger.getLogger(EvidenceSearch.class.getName());

    private final EvidenceService service;
    private final Annotations annotations;
    private final SearchIndex index;
    private volatile boolean reconciled;

    private EvidenceSearch(EvidenceService service, Annotations annotations, SearchIndex index) {
        this.service = service;
        this.annotations = annotations;
        this.index = index;
    }

    /**
     * The search of the workspace in {@code folder}: its index kept in the folder, or (when the workspace cannot be
     * written) built in memory from the stored text.
     */
    public static EvidenceSearch open(Path folder, boolean writable, EvidenceService service, Annotations annotations) {
        return new EvidenceSearch(
                service, annotations, writable ? SearchIndex.open(folder.resolve(FOLDER)) : SearchIndex.inMemory());
    }

    /** Whether the index must be brought up to date before it can answer, which may take a while. */
    public boolean needsReconciling() {
        return !reconciled;
    }

    /**
     * Brings the index up to date with the library: rebuilt whole when damaged or missing, else the documents it lacks
     * added and those it should not have removed.
     */
    public synchronized void reconcile(Progress progress) {
        if (reconciled) {
            return;
        }
        List<EvidenceItem> items = service.items();
        Map<Long, Set<Long>> links = service.bearingOn();
        if (index.needsRebuild() && !items.isEmpty()) {
            progress.message("Rebuilding the search index");
            index.rebuild(items.stream().map(item -> indexed(item, links)), items.size(), progress);
        } else {
            Set<Long> indexed = new HashSet<>(index.itemIds());
            List<IndexedItem> missing = new ArrayList<>();
            Set<Long> present = new HashSet<>();
            for (EvidenceItem item : items) {
                present.add(item.id());
                if (!indexed.contains(item.id())) {
                    missing.add(indexed(item, links));
                }
            }
            if (!missing.isEmpty()) {
                progress.message("Indexing " + missing.size() + " documents");
                index.putAll(missing);
            }
            indexed.removeAll(present);
            indexed.forEach(index::remove);
        }
        reconciled = true;
    }

    /** Indexes documents just entered; a failure is logged and mended by the next reconciling. */
    public void indexed(List<EvidenceItem> items) {
        if (items.isEmpty()) {
            return;
        }
        try {
            Map<Long, Set<Long>> links = service.bearingOn();
            index.putAll(items.stream().map(item -> indexed(item, links)).toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing new documents failed; the index will be brought up to date", e);
            reconciled = false;
        }
    }

    /** Re-indexes one document after its fields or text changed. */
    public void changed(EvidenceItem item) {
        indexed(List.of(item));
    }

    /**
     * Searches the library, bringing the index up to date first when it must be.
     *
     * @throws org.stocktake.shared.ValidationException if the query cannot be understood, with a sentence saying why
     */
    public SearchResult search(SearchQuery query) {
        reconcile(Progress.NONE);
        return index.search(query);
    }

    private IndexedItem indexed(EvidenceItem item, Map<Long, Set<Long>> links) {
        List<String> pages = service.pages(item.id());
        List<IndexedPage> indexedPages = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            indexedPages.add(new IndexedPage(i + 1, pages.get(i)));
        }
        List<String> people = new ArrayList<>();
        item.senders().forEach(p -> people.add(p.name()));
        item.recipients().forEach(p -> people.add(p.name()));
        return new IndexedItem(
                item.id(),
                item.title(),
                item.fileName(),
                item.kind().name(),
                item.dated(),
                item.tags(),
                people,
                links.getOrDefault(item.id(), Set.of()),
                indexedPages,
                annotations.of(item.id()).stream()
                        .map(a -> new IndexedAnnotation(
                                a.annotation().id(),
                                a.page(),
                                a.annotation().quote(),
                                a.annotation().note(),
                                a.annotation().author()))
                        .toList());
    }

    @Override
    public void close() {
        index.close();
    }
}
