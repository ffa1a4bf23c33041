package org.stocktake.evidence.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The fields of the index's documents and how their words are read. Words are lower-cased, folded to ASCII (so
 * "Café" matches "cafe") and lose a possessive "'s". The body and the title are kept twice: stemmed, so "reviews"
 * finds "review", and unstemmed, so fuzzy matching compares the words as written (a stem such as "crabbre" is too far
 * from "crabtree" for OCR noise to be forgiven). Stop words are kept so that phrases match as typed.
 */
final class IndexFields {
    /** Bumped whenever fields or analysis change: an index of another version is rebuilt. */
    static final String SCHEMA = "1";

    static final String SCHEMA_KEY = "stocktake.search.schema";

    static final String ITEM = "item";
    static final String PAGE = "page";
    static final String ANNOTATION = "annotation";
    /** Marks one document per item, so listing and counting items need not collapse pages. */
    static final String HEAD = "head";

    static final String TEXT = "text";
    static final String EXACT = "exact";
    static final String TITLE = "title";
    static final String TITLE_EXACT = "titleexact";

    static final String KIND = "kind";
    static final String DATED = "dated";
    static final String TAG = "tag";
    static final String PEOPLE = "people";
    static final String RECOMMENDATION = "recommendation";

    private IndexFields() {}

    static Analyzer indexAnalyzer() {
        Analyzer exact = unstemmed(0);
        return new PerFieldAnalyzerWrapper(
                stemmed(), Map.of(EXACT, exact, TITLE_EXACT, exact, PEOPLE, unstemmed(PERSON_GAP)));
    }

    /** Keeps two people's names apart, so a name phrase never spans the end of one and the start of the next. */
    private static final int PERSON_GAP = 100;

    static Analyzer stemmed() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(folded(source)));
            }
        };
    }

    static Analyzer unstemmed(int gap) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return gap;
            }
        };
    }

    /**
     * Every word twice at the same place: first as written (marked as a keyword), then stemmed. Reading a query or a
     * page once this way gives both forms, so a highlight agrees with the index.
     */
    static Analyzer bothForms() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new KeywordRepeatFilter(folded(source))));
            }
        };
    }

    private static TokenStream folded(StandardTokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }
}
