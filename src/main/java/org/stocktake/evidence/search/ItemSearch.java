package org.stocktake.evidence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.stocktake.shared.ValidationException;

/**
 * One search over one point-in-time view of the index.
 *
 * <p>Words are joined by AND, at the level of the item: every word must appear somewhere in the item (any page, its
 * title, or an annotation), not necessarily on one page. People searching a library type a few words to narrow it
 * down and expect each extra word to narrow further, as in every document search they know; OR would bury the
 * letter they want under every letter sharing one common word. Within the items that hold every word, the page
 * scoring best on all the words together is the hit.
 */
final class ItemSearch {
    private final IndexSearcher searcher;

    ItemSearch(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    SearchResult run(SearchQuery query) throws IOException {
        TypedQuery typed = TypedQuery.read(query.text());
        Optional<Query> filter = Matching.filter(query);
        if (typed.isEmpty()) {
            if (!query.text().isBlank()) {
                throw new ValidationException("There is no word to search for in \"" + shortened(query.text())
                        + "\"; type a word, a \"phrase in quotes\" or the start of a word followed by *.");
            }
            return listing(filter, query.limit());
        }
        boolean fuzzy = Matching.fuzzyAllowed(typed);
        // Rewritten once: a fuzzy word's automaton is costly to build, and the same expansion then serves the
        // item pass, the ranking, the highlights and the suggestion.
        List<Query> parts = new ArrayList<>();
        for (TypedQuery.Part part : typed.parts()) {
            parts.add(searcher.rewrite(Matching.filtered(Matching.of(part, fuzzy), filter)));
        }
        Set<String> nearMisses = nearMisses(parts);
        List<BestPages.Best> best = new BestPages(searcher).rank(parts);
        List<SearchHit> hits = new ArrayList<>();
        Snippets snippets = new Snippets(typed, nearMisses);
        for (BestPages.Best b : best.subList(0, Math.min(query.limit(), best.size()))) {
            hits.add(hit(b.doc(), b.score(), snippets));
        }
        return new SearchResult(hits, best.size(), Suggestion.of(searcher.getIndexReader(), typed, nearMisses));
    }

    /** Items the filters keep, newest first, undated ones last. */
    private SearchResult listing(Optional<Query> filter, int limit) throws IOException {
        Query heads = Matching.filtered(new TermQuery(new Term(IndexFields.HEAD, "1")), filter);
        SortField dated = new SortField(IndexFields.DATED, SortField.Type.LONG, true);
        dated.setMissingValue(Long.MIN_VALUE);
        Sort newestFirst = new Sort(dated, new SortField(IndexFields.ITEM, SortField.Type.LONG, true));
        Snippets plain = new Snippets(new TypedQuery(List.of()), Set.of());
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(heads, limit, newestFirst).scoreDocs) {
            hits.add(hit(doc.doc, 0f, plain));
        }
        return new SearchResult(hits, searcher.count(heads), Optional.empty());
    }

    private SearchHit hit(int doc, float score, Snippets snippets) throws IOException {
        long itemId = number(IndexFields.ITEM, doc).orElseThrow();
        String text =
                searcher.storedFields().document(doc, Set.of(IndexFields.TEXT)).get(IndexFields.TEXT);
        int page = (int) number(IndexFields.PAGE, doc).orElse(0L).longValue();
        Long annotation = number(IndexFields.ANNOTATION, doc).orElse(null);
        return new SearchHit(itemId, page, score, snippets.of(text == null ? "" : text), annotation);
    }

    private Optional<Long> number(String field, int doc) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        NumericDocValues values = leaf.reader().getNumericDocValues(field);
        if (values != null && values.advanceExact(doc - leaf.docBase)) {
            return Optional.of(values.longValue());
        }
        return Optional.empty();
    }

    /** The words of the text that the fuzzy expansions matched. */
    private static Set<String> nearMisses(List<Query> parts) {
        Set<String> words = new HashSet<>();
        QueryVisitor visitor = new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(IndexFields.EXACT)) {
                        words.add(term.text());
                    }
                }
            }
        };
        parts.forEach(p -> p.visit(visitor));
        return words;
    }

    private static String shortened(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= 40 ? line : line.substring(0, 40) + "\u2026";
    }
}
