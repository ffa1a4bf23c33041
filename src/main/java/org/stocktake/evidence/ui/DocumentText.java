package org.stocktake.evidence.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.stocktake.evidence.search.Highlight;
import org.stocktake.evidence.service.Anchored;

/**
 * A document's text, page after page under a page heading, in one scrolling view: read-only, selectable, with the
 * search's words and the annotations marked. Positions in the view are turned into a page and an offset in it.
 */
final class DocumentText extends StackPane {

    static final String HIT = "search-hit";
    static final String CURRENT = "search-hit-current";
    static final String ANNOTATION = "annotation";
    static final String HEADING = "page-heading";

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    /** Where each page's text starts in the view, and how long it is. */
    private final List<int[]> pages = new ArrayList<>();

    private final List<Integer> headings = new ArrayList<>();
    private List<String> texts = List.of();
    private List<Anchored> annotations = List.of();
    private List<String> words = List.of();
    private DocumentFind.Match current;

    /** A selected passage of one page. */
    record Passage(int page, int start, int end) {}

    DocumentText() {
        setId("evidence-text");
        area.setId("evidence-text-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("document-text");
        getChildren().setAll(new VirtualizedScrollPane<>(area));
    }

    StyleClassedTextArea area() {
        return area;
    }

    /** Shows the pages with the words and annotations marked. */
    void show(List<String> texts, List<String> words, List<Anchored> annotations) {
        pages.clear();
        headings.clear();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                all.append("\n\n");
            }
            headings.add(paragraphs(all));
            all.append("Page ").append(i + 1).append('\n');
            String text = texts.get(i).isBlank() ? "" : texts.get(i);
            pages.add(new int[] {all.length(), text.length()});
            all.append(text);
        }
        this.texts = List.copyOf(texts);
        this.words = List.copyOf(words);
        this.annotations = List.copyOf(annotations);
        current = null;
        area.replaceText(all.toString());
        restyle();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Marks the words found, the current match apart, and brings that match into view. */
    void mark(List<String> words, DocumentFind.Match current) {
        this.words = List.copyOf(words);
        this.current = current;
        restyle();
        if (current != null && current.page() <= pages.size()) {
            int at = pages.get(current.page() - 1)[0] + current.start();
            if (at <= area.getLength()) {
                area.moveTo(at);
                area.requestFollowCaret();
            }
        }
    }

    private void restyle() {
        area.setStyleSpans(0, styles(area.getLength(), texts, words, annotations));
    }

    private static int paragraphs(StringBuilder text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private StyleSpans<Collection<String>> styles(
            int length, List<String> texts, List<String> words, List<Anchored> annotations) {
        String[] classes = new String[length];
        for (int i = 0; i < pages.size(); i++) {
            int headingStart = pages.get(i)[0] - ("Page " + (i + 1) + "\n").length();
            mark(classes, headingStart, pages.get(i)[0], HEADING);
            for (Highlight hit : MarkedText.occurrences(texts.get(i), words)) {
                mark(classes, pages.get(i)[0] + hit.start(), pages.get(i)[0] + hit.end(), HIT);
            }
        }
        for (Anchored a : annotations) {
            if (a.found() && a.page() <= pages.size()) {
                int base = pages.get(a.page() - 1)[0];
                mark(classes, base + a.start(), base + a.end(), ANNOTATION);
            }
        }
        if (current != null && current.page() <= pages.size()) {
            int base = pages.get(current.page() - 1)[0];
            mark(classes, base + current.start(), base + current.end(), CURRENT);
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        if (length == 0) {
            spans.add(List.of(), 0);
            return spans.create();
        }
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !java.util.Objects.equals(classes[i], classes[runStart])) {
                spans.add(classes[runStart] == null ? List.of() : List.of(classes[runStart]), i - runStart);
                runStart = i;
            }
        }
        return spans.create();
    }

    private static void mark(String[] classes, int from, int to, String style) {
        for (int i = Math.max(0, from); i < Math.min(classes.length, to); i++) {
            // An annotation shows over a search hit, the current match over both; a heading is never marked.
            if (!HEADING.equals(classes[i]) && !(HIT.equals(style) && ANNOTATION.equals(classes[i]))) {
                classes[i] = style;
            }
        }
    }

    /** Scrolls so the page's heading is at the top. */
    void showPage(int page) {
        if (page >= 1 && page <= headings.size()) {
            area.showParagraphAtTop(headings.get(page - 1));
        }
    }

    /** Selects an annotation's passage and brings it into view. */
    void select(Anchored a) {
        if (a.found() && a.page() <= pages.size()) {
            int base = pages.get(a.page() - 1)[0];
            area.selectRange(base + a.start(), base + a.end());
            area.requestFollowCaret();
        }
    }

    /** The selected passage, when the selection lies within one page's text. */
    Optional<Passage> selection() {
        int from = area.getSelection().getStart();
        int to = area.getSelection().getEnd();
        if (from >= to) {
            return Optional.empty();
        }
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i)[0];
            int end = start + pages.get(i)[1];
            if (from >= start && to <= end) {
                return Optional.of(new Passage(i + 1, from - start, to - start));
            }
        }
        return Optional.empty();
    }
}
