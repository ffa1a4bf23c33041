package org.stocktake.evidence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collapses matching documents (pages and annotations) to items: the items a query matches, and for each its best
 * scoring document. Every match is visited, so the count of items is exact.
 */
final class BestPages {
    /** An item's best document: its searcher-wide id and score. */
    record Best(long itemId, int doc, float score) {}

    private BestPages() {}

    /** The items with a document matching {@code query}, kept to {@code within} when given. */
    static Set<Long> items(IndexSearcher searcher, Query query, Set<Long> within) throws IOException {
        Set<Long> items = new HashSet<>();
        searcher.search(query, new ItemCollector(ScoreMode.COMPLETE_NO_SCORES) {
            @Override
            void collect(long item, int doc) {
                if (within == null || within.contains(item)) {
                    items.add(item);
                }
            }
        });
        return items;
    }

    /** Every item's best document among those matching {@code query}, best first (ties by item id). */
    static List<Best> best(IndexSearcher searcher, Query query, Set<Long> within) throws IOException {
        Map<Long, Best> best = new HashMap<>();
        searcher.search(query, new ItemCollector(ScoreMode.COMPLETE) {
            @Override
            void collect(long item, int doc) throws IOException {
                if (within != null && !within.contains(item)) {
                    return;
                }
                float score = scorer.score();
                Best old = best.get(item);
                if (old == null || score > old.score()) {
                    best.put(item, new Best(item, doc, score));
                }
            }
        });
        List<Best> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Best b) -> -b.score()).thenComparingLong(Best::itemId));
        return ranked;
    }

    private abstract static class ItemCollector extends SimpleCollector {
        private final ScoreMode mode;
        private NumericDocValues itemIds;
        private int docBase;
        Scorable scorer;

        ItemCollector(ScoreMode mode) {
            this.mode = mode;
        }

        abstract void collect(long item, int doc) throws IOException;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            itemIds = context.reader().getNumericDocValues(IndexFields.ITEM);
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (itemIds != null && itemIds.advanceExact(doc)) {
                collect(itemIds.longValue(), docBase + doc);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return mode;
        }
    }
}
