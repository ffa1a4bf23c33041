package org.stocktake.evidence.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A word of a text as the index reads it: where it stands, its unstemmed form and its stem. */
record Word(int start, int end, String exact, String stem) {

    private static final Analyzer BOTH_FORMS = IndexFields.bothForms();

    static List<Word> read(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = BOTH_FORMS.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            String exact = null;
            while (stream.incrementToken()) {
                if (keyword.isKeyword()) {
                    exact = term.toString();
                } else if (exact != null) {
                    words.add(new Word(offset.startOffset(), offset.endOffset(), exact, term.toString()));
                    exact = null;
                }
            }
            stream.end();
        } catch (IOException e) {
            // Reading a string in memory does no input or output.
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
