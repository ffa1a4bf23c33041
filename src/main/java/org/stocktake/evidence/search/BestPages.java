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

    /**
     * Every item that matches all {@code parts} (each on any of its documents), with its best document: the one
     * scoring highest on all the parts together. Best first, ties in index order. Each part is run once on its own,
     * so the scores are summed per document, as a disjunction of the parts would score them.
     */
    List<Best> rank(List<Query> parts) throws IOException {
        int size = heads.length();
        float[] scores = new float[size];
        long[] matched = new long[size];
        FixedBitSet touched = new FixedBitSet(size);
        for (int i = 0; i < parts.size(); i++) {
            long bit = 1L << i;
            long before = bit - 1;
            searcher.search(parts.get(i), new Collecting(ScoreMode.COMPLETE) {
                @Override
                void found(int doc) throws IOException {
                    int head = heads.prevSetBit(doc);
                    // An item that missed an earlier part can no longer qualify: skip its scoring.
                    if (head >= 0 && (matched[head] & before) == before) {
                        matched[head] |= bit;
                        scores[doc] += scorer.score();
                        touched.set(doc);
                    }
                }
            });
        }
        long all = parts.size() == 64 ? -1L : (1L << parts.size()) - 1;
        int[] best = new int[size];
        Arrays.fill(best, -1);
        List<Integer> items = new ArrayList<>();
        for (int doc = nextSet(touched, 0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = nextSet(touched, doc + 1)) {
            int head = heads.prevSetBit(doc);
            if (matched[head] == all) {
                if (best[head] < 0) {
                    items.add(head);
                    best[head] = doc;
                } else if (scores[doc] > scores[best[head]]) {
                    best[head] = doc;
                }
            }
        }
        List<Best> ranked = new ArrayList<>(items.size());
        for (int head : items) {
            ranked.add(new Best(head, best[head], scores[best[head]]));
        }
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score()).thenComparingInt(Best::head));
        return ranked;
    }

    private static int nextSet(FixedBitSet bits, int from) {
        return from < bits.length() ? bits.nextSetBit(from) : DocIdSetIterator.NO_MORE_DOCS;
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
