package org.stocktake.evidence.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;

/**
 * The full-text index of the evidence library. It is derived data: the database holds the truth and the caller feeds
 * it items, so an index that is missing, of another format or damaged is replaced by an empty one (never an error)
 * and {@link #needsRebuild()} tells the caller to {@link #rebuild} it.
 *
 * <p>One thread writes at a time (the workspace's owner); any number may search meanwhile, each seeing the index as
 * of the last finished write. Every write is committed before it returns.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String UNWRITABLE =
            "The search index could not be updated (%s); searches may miss this change until it is rebuilt.";
    private static final String UNREADABLE =
            "The search index could not be read; it will be rebuilt from the library when the workspace next opens.";

    /** The folder of generations, or null for an index in memory. */
    private final IndexFolder folder;
    /** Held for reading by searches, for writing while the index is swapped or closed. */
    private final ReadWriteLock swap = new ReentrantReadWriteLock();

    private final Object writing = new Object();
    private volatile LiveIndex live;
    private volatile boolean needsRebuild;
    private volatile boolean closed;

    private SearchIndex(IndexFolder folder, LiveIndex live, boolean needsRebuild) {
        this.folder = folder;
        this.live = live;
        this.needsRebuild = needsRebuild;
    }

    /**
     * Opens the index kept in {@code folder}, or a new empty one there when it is missing or cannot be trusted, after
     * checking every file of it. Never throws: when even a new index cannot be made there (a read-only folder), the
     * index lives in memory until closed.
     */
    public static SearchIndex open(Path folder) {
        IndexFolder generations;
        try {
            generations = new IndexFolder(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot use the search index folder; keeping the index in memory", e);
            return inMemory();
        }
        String current = generations.current().orElse(null);
        if (current != null) {
            try {
                LiveIndex live = LiveIndex.openChecked(generations.open(current), current);
                generations.removeAllBut(current);
                return new SearchIndex(generations, live, false);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The search index is damaged or out of date; starting an empty one", e);
            }
        }
        try {
            String fresh = generations.next();
            LiveIndex live = LiveIndex.create(generations.open(fresh), fresh);
            generations.makeCurrent(fresh);
            generations.removeAllBut(fresh);
            return new SearchIndex(generations, live, true);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot write a search index in the folder; keeping the index in memory", e);
            return inMemory();
        }
    }

    /** An empty index held in memory only. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(null, LiveIndex.create(new ByteBuffersDirectory(), null), true);
        } catch (IOException e) {
            throw new IllegalStateException("An index in memory does no input or output", e);
        }
    }

    /** True when the index was missing, damaged, out of date or failed a write, until a rebuild succeeds. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Replaces every document of the item (its pages and annotations) with these; committed on return. */
    public void put(IndexedItem item) {
        putAll(List.of(item));
    }

    /** Like {@link #put} for each item, with one commit for all (a bulk import). */
    public void putAll(List<IndexedItem> items) {
        write(index -> {
            for (IndexedItem item : items) {
                index.replace(item.itemId(), EvidenceDocuments.of(item));
            }
        });
    }

    /** Removes every document of the item; nothing happens if it has none. */
    public void remove(long itemId) {
        write(index -> index.remove(itemId));
    }

    /** The ids of the items the index holds, for the caller to reconcile with the database after a crash. */
    public Set<Long> itemIds() {
        return read(LiveIndex::itemIds);
    }

    /**
     * Builds the index afresh from {@code items} ({@code count} of them, for progress; each id once) beside the old
     * one, which it replaces only once complete; searches go on using the old one meanwhile, and writes wait. The
     * caller closes the stream.
     *
     * @throws CancellationException when {@code progress} is cancelled; the old index is kept as it was.
     */
    public void rebuild(Stream<IndexedItem> items, long count, Progress progress) {
        synchronized (writing) {
            ensureOpen();
            String generation = null;
            LiveIndex fresh = null;
            try {
                generation = folder == null ? null : folder.next();
                Directory directory = folder == null ? new ByteBuffersDirectory() : folder.open(generation);
                fresh = LiveIndex.create(directory, generation);
                fresh.fill(items.iterator(), count, progress);
                fresh.commit();
                if (folder != null) {
                    folder.makeCurrent(generation);
                }
            } catch (IOException | RuntimeException e) {
                if (fresh != null) {
                    fresh.discard();
                }
                if (generation != null) {
                    folder.delete(generation);
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new SearchIndexException(String.format(UNWRITABLE, e.getMessage()), e);
            }
            swapIn(fresh);
        }
    }

    /**
     * The best hit of each matching item, best first.
     *
     * @throws ValidationException when the search cannot be run as typed (too long, no word in it, dates reversed),
     *     with one sentence saying what to change.
     * @throws SearchIndexException when the index cannot be read.
     */
    public SearchResult search(SearchQuery query) {
        try {
            return read(searcher -> new ItemSearch(searcher).run(query));
        } catch (IndexSearcher.TooManyClauses e) {
            // A backstop: TypedQuery already caps the words, so only an unforeseen expansion gets here.
            throw new ValidationException("That search is too long to run; use fewer words and search again.");
        }
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            synchronized (writing) {
                if (!closed) {
                    closed = true;
                    closeQuietly(live);
                }
            }
        } finally {
            swap.writeLock().unlock();
        }
    }

    private void swapIn(LiveIndex fresh) {
        LiveIndex old;
        swap.writeLock().lock();
        try {
            old = live;
            live = fresh;
            needsRebuild = false;
        } finally {
            swap.writeLock().unlock();
        }
        closeQuietly(old);
        if (folder != null) {
            folder.removeAllBut(fresh.generation);
        }
    }

    private interface Change {
        void apply(LiveIndex index) throws IOException;
    }

    private interface Reading<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(Change change) {
        synchronized (writing) {
            ensureOpen();
            try {
                change.apply(live);
                live.commit();
            } catch (IOException | RuntimeException e) {
                needsRebuild = true;
                LOG.log(Level.WARNING, "Cannot write to the search index", e);
                throw new SearchIndexException(String.format(UNWRITABLE, e.getMessage()), e);
            }
        }
    }

    private <T> T read(Reading<T> reading) {
        swap.readLock().lock();
        try {
            ensureOpen();
            LiveIndex index = live;
            IndexSearcher searcher = index.acquire();
            try {
                return reading.apply(searcher);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            needsRebuild = true;
            LOG.log(Level.WARNING, "Cannot read the search index", e);
            throw new SearchIndexException(UNREADABLE, e);
        } finally {
            swap.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The search index is closed");
        }
    }

    private static void closeQuietly(LiveIndex index) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a search index", e);
        }
    }
}
