package org.stocktake.evidence.search;

import static org.stocktake.evidence.search.IndexFields.DATED;
import static org.stocktake.evidence.search.IndexFields.EXACT;
import static org.stocktake.evidence.search.IndexFields.KIND;
import static org.stocktake.evidence.search.IndexFields.PEOPLE;
import static org.stocktake.evidence.search.IndexFields.RECOMMENDATION;
import static org.stocktake.evidence.search.IndexFields.TAG;
import static org.stocktake.evidence.search.IndexFields.TEXT;
import static org.stocktake.evidence.search.IndexFields.TITLE;
import static org.stocktake.evidence.search.IndexFields.TITLE_EXACT;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.stocktake.shared.ValidationException;

/**
 * Turns what was typed, and the filters, into Lucene queries. A plain word matches its stem in the text, the word as
 * written, the title, and, failing those, words within one or two letters of it (OCR noise, misspellings); the boosts
 * make a word as written outrank a stemmed variant, and both outrank a near miss.
 */
final class Matching {
    /** Fuzzy matching is left out of longer searches: each fuzzy word expands into many terms. */
    static final int MAX_FUZZY_WORDS = 10;

    private static final int FUZZY_EXPANSIONS = 30;

    private Matching() {}

    /** How many letters a word may differ by: none for short words, where one letter makes another common word. */
    static int editsAllowed(String word) {
        int letters = word.codePointCount(0, word.length());
        if (letters < 4) {
            return 0;
        }
        return letters <= 7 ? 1 : 2;
    }

    static boolean fuzzyAllowed(TypedQuery typed) {
        return typed.parts().size() <= MAX_FUZZY_WORDS;
    }

    static Query of(TypedQuery.Part part, boolean fuzzy) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (part instanceof TypedQuery.Plain plain) {
            Word word = plain.word();
            any.add(boost(new TermQuery(new Term(TEXT, word.stem())), 2f), Occur.SHOULD);
            any.add(boost(new TermQuery(new Term(TITLE, word.stem())), 3f), Occur.SHOULD);
            any.add(boost(new TermQuery(new Term(TITLE_EXACT, word.exact())), 2f), Occur.SHOULD);
            int edits = editsAllowed(word.exact());
            if (fuzzy && edits > 0) {
                // The expansion holds the word as written, weighted above its near misses, so it also does the
                // exact term's work. On the text only: titles are typed by people, and each fuzzy field costs an
                // automaton per search.
                any.add(fuzzy(EXACT, word.exact(), edits), Occur.SHOULD);
            } else {
                any.add(boost(new TermQuery(new Term(EXACT, word.exact())), 0.5f), Occur.SHOULD);
            }
        } else if (part instanceof TypedQuery.Phrase phrase) {
            List<Word> words = phrase.words();
            // Stemmed only: a phrase is costly to match, and "improvement panels" is what "improvement panel" means.
            any.add(boost(phrase(TEXT, words.stream().map(Word::stem).toList()), 2f), Occur.SHOULD);
            any.add(boost(phrase(TITLE, words.stream().map(Word::stem).toList()), 3f), Occur.SHOULD);
        } else if (part instanceof TypedQuery.Prefix prefix) {
            any.add(new PrefixQuery(new Term(EXACT, prefix.start())), Occur.SHOULD);
            any.add(boost(new PrefixQuery(new Term(TITLE_EXACT, prefix.start())), 2f), Occur.SHOULD);
        }
        return any.build();
    }

    /** The filters as one query to apply beside the words, or none when nothing is filtered. */
    static Optional<Query> filter(SearchQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (!query.kinds().isEmpty()) {
            List<BytesRef> kinds = query.kinds().stream()
                    .map(k -> new BytesRef(EvidenceDocuments.normalKind(k)))
                    .toList();
            all.add(new TermInSetQuery(KIND, kinds), Occur.FILTER);
            any = true;
        }
        if (query.from() != null || query.to() != null) {
            if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
                throw new ValidationException("The first date comes after the last one; swap them and search again.");
            }
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            all.add(LongPoint.newRangeQuery(DATED, from, to), Occur.FILTER);
            any = true;
        }
        for (String tag : query.tags()) {
            all.add(new TermQuery(new Term(TAG, EvidenceDocuments.normalTag(tag))), Occur.FILTER);
            any = true;
        }
        List<Word> person = query.person() == null ? List.of() : Word.read(query.person());
        if (!person.isEmpty()) {
            all.add(phrase(PEOPLE, person.stream().map(Word::exact).toList()), Occur.FILTER);
            any = true;
        }
        if (query.recommendationId() != null) {
            all.add(LongPoint.newExactQuery(RECOMMENDATION, query.recommendationId()), Occur.FILTER);
            any = true;
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    static Query filtered(Query query, Optional<Query> filter) {
        if (filter.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(filter.get(), Occur.FILTER)
                .build();
    }

    private static Query fuzzy(String field, String word, int edits) {
        return new FuzzyQuery(new Term(field, word), edits, 0, FUZZY_EXPANSIONS, true);
    }

    private static Query phrase(String field, List<String> words) {
        return new PhraseQuery(field, words.toArray(String[]::new));
    }

    private static Query boost(Query query, float boost) {
        return new BoostQuery(query, boost);
    }
}
