package org.stocktake.evidence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collapses matching documents (pages and annotations) to items. An item's documents are added as one block, which
 * Lucene keeps contiguous and in order through merges, its head first; so the item of any document is the nearest
 * head at or before it, and a set of items is a bit set of head documents. Every match is visited, so the count of
 * items is exact.
 */
final class BestPages {
    /** An item's best document and its score; documents are numbered across the searcher. */
    record Best(int head, int doc, float score) {}

    private final IndexSearcher searcher;
    private final FixedBitSet heads;

    BestPages(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.heads = new FixedBitSet(Math.max(1, searcher.getIndexReader().maxDoc()));
        searcher.search(new TermQuery(new Term(IndexFields.HEAD, "1")), new Collecting(ScoreMode.COMPLETE_NO_SCORES) {
            @Override
            void found(int doc) {
                heads.set(doc);
            }
        });
    }

    /** The items (as head documents) with a document matching {@code query}, kept to {@code within} when given. */
    FixedBitSet items(Query query, FixedBitSet within) throws IOException {
        FixedBitSet items = new FixedBitSet(heads.length());
        searcher.search(query, new Collecting(ScoreMode.COMPLETE_NO_SCORES) {
            @Override
            void found(int doc) {
                int head = heads.prevSetBit(doc);
                if (head >= 0 && (within == null || within.get(head))) {
                    items.set(head);
                }
            }
        });
        return items;
    }

    /** Every item's best document among those matching {@code query}, best first (ties in index order). */
    List<Best> best(Query query, FixedBitSet within) throws IOException {
        float[] scores = new float[heads.length()];
        int[] docs = new int[heads.length()];
        Arrays.fill(docs, -1);
        searcher.search(query, new Collecting(ScoreMode.COMPLETE) {
            @Override
            void found(int doc) throws IOException {
                int head = heads.prevSetBit(doc);
                if (head < 0 || (within != null && !within.get(head))) {
                    return;
                }
                float score = scorer.score();
                if (docs[head] < 0 || score > scores[head]) {
                    scores[head] = score;
                    docs[head] = doc;
                }
            }
        });
        List<Best> ranked = new ArrayList<>();
        for (int head = heads.nextSetBit(0);
                head != DocIdSetIterator.NO_MORE_DOCS;
                head = head + 1 < heads.length() ? heads.nextSetBit(head + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (docs[head] >= 0) {
                ranked.add(new Best(head, docs[head], scores[head]));
            }
        }
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score()).thenComparingInt(Best::head));
        return ranked;
    }

    /** Collects documents numbered across the searcher. */
    private abstract static class Collecting extends SimpleCollector {
        private final ScoreMode mode;
        private int docBase;
        Scorable scorer;

        Collecting(ScoreMode mode) {
            this.mode = mode;
        }

        abstract void found(int doc) throws IOException;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public final void collect(int doc) throws IOException {
            found(docBase + doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return mode;
        }
    }
}
