package org.stocktake.evidence.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.stocktake.evidence.search.Highlight;

/** Text split into runs, the marked ones styled as search hits, for a {@code TextFlow}. */
final class MarkedText {

    static final String MARK = "search-hit";

    private MarkedText() {}

    /** Where each word (two letters or more) occurs in the text, regardless of case. */
    static List<Highlight> occurrences(String text, List<String> words) {
        List<Highlight> ranges = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT).strip();
            if (w.length() < 2) {
                continue;
            }
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length())) {
                ranges.add(new Highlight(at, at + w.length()));
            }
        }
        return ranges;
    }

    /** The text with the given ranges marked; overlapping or out-of-range ones are skipped. */
    static List<Node> withRanges(String text, List<Highlight> ranges) {
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (Highlight range : ranges) {
            if (range.start() < at || range.end() > text.length() || range.start() >= range.end()) {
                continue;
            }
            if (range.start() > at) {
                runs.add(plain(text.substring(at, range.start())));
            }
            Text hit = plain(text.substring(range.start(), range.end()));
            hit.getStyleClass().add(MARK);
            runs.add(hit);
            at = range.end();
        }
        if (at < text.length()) {
            runs.add(plain(text.substring(at)));
        }
        return runs;
    }

    private static Text plain(String text) {
        Text run = new Text(text);
        run.getStyleClass().add("page-text");
        return run;
    }
}
