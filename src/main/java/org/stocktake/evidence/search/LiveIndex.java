package org.stocktake.evidence.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.stocktake.shared.task.Progress;

/** One index directory in use: its only writer and the searchers that see its last commit. */
final class LiveIndex implements AutoCloseable {
    private static final String CANCELLED = "The search index was not rebuilt; the old one is kept.";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The folder generation this index lives in, or null in memory. */
    final String generation;

    private LiveIndex(Directory directory, IndexWriter writer, String generation) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.generation = generation;
        this.searchers = new SearcherManager(writer, null);
    }

    /** A new empty index, committed, so that even a crash straight after leaves a readable one. */
    static LiveIndex create(Directory directory, String generation) throws IOException {
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, config(OpenMode.CREATE));
            commit(writer);
            return new LiveIndex(directory, writer, generation);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /**
     * The index already in {@code directory}, after checking every file's checksum: damage anywhere (a truncated or
     * overwritten file, a missing one, another format or another schema) throws rather than failing a later search.
     */
    static LiveIndex openChecked(Directory directory, String generation) throws IOException {
        IndexWriter writer = null;
        try {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            if (!IndexFields.SCHEMA.equals(commit.getUserData().get(IndexFields.SCHEMA_KEY))) {
                throw new CorruptIndexException("the index holds another schema", directory.toString());
            }
            writer = new IndexWriter(directory, config(OpenMode.APPEND));
            LiveIndex live = new LiveIndex(directory, writer, generation);
            IndexSearcher searcher = live.searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            } finally {
                live.searchers.release(searcher);
            }
            return live;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    void replace(long itemId, List<Document> documents) throws IOException {
        remove(itemId);
        writer.addDocuments(documents);
    }

    void add(List<Document> documents) throws IOException {
        writer.addDocuments(documents);
    }

    /**
     * Adds every item ({@code count} of them, for progress), checking for cancellation before each.
     *
     * @throws CancellationException when cancelled; nothing is committed.
     */
    void fill(Iterator<IndexedItem> items, long count, Progress progress) throws IOException {
        progress.message("Rebuilding the search index");
        long step = Math.max(1, count / 100);
        long done = 0;
        while (items.hasNext()) {
            if (progress.isCancelled()) {
                throw new CancellationException(CANCELLED);
            }
            add(EvidenceDocuments.of(items.next()));
            done++;
            if (done % step == 0 || done == count) {
                progress.update(done, Math.max(count, done));
            }
        }
        if (progress.isCancelled()) {
            throw new CancellationException(CANCELLED);
        }
    }

    static Set<Long> itemIds(IndexSearcher searcher) throws IOException {
        Set<Long> ids = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues items = leaf.reader().getNumericDocValues(IndexFields.ITEM);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = items == null ? NumericDocValues.NO_MORE_DOCS : items.nextDoc();
                    doc != NumericDocValues.NO_MORE_DOCS;
                    doc = items.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids.add(items.longValue());
                }
            }
        }
        return Set.copyOf(ids);
    }

    void remove(long itemId) throws IOException {
        writer.deleteDocuments(LongPoint.newExactQuery(IndexFields.ITEM, itemId));
    }

    /** Makes the changes durable, then visible to searches that start from now on. */
    void commit() throws IOException {
        commit(writer);
        searchers.maybeRefreshBlocking();
    }

    /** Throws away every change since the last commit and closes. */
    void discard() {
        IOUtils.closeWhileHandlingException(searchers, () -> writer.rollback(), directory, writer.getAnalyzer());
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory, writer.getAnalyzer());
    }

    private static void commit(IndexWriter writer) throws IOException {
        writer.setLiveCommitData(
                Map.of(IndexFields.SCHEMA_KEY, IndexFields.SCHEMA).entrySet());
        writer.commit();
    }

    private static IndexWriterConfig config(OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.indexAnalyzer());
        config.setOpenMode(mode);
        // Every commit is asked for; closing must not write one behind a cancelled rebuild's back.
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(48);
        return config;
    }
}
