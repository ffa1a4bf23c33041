package org.stocktake.evidence.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.stocktake.evidence.search.Highlight;

/**
 * Find in the open document: the words looked for, where they occur page by page in the document's text, and which
 * occurrence is current. The text and the pages both show these matches, so both count them alike ("3 of 17").
 */
final class DocumentFind {

    /** The {@code onPage}-th occurrence (from 0) on page {@code page} (from 1): characters [start, end) of its text. */
    record Match(int page, int start, int end, int onPage) {}

    private final ObservableList<String> pages;
    private final IntegerProperty shownPage;
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyWords = FXCollections.unmodifiableObservableList(words);
    private final List<Match> matches = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Match> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");

    /** Finds in {@code pages} (the open document's text), starting from {@code shownPage} when there is no match. */
    DocumentFind(ObservableList<String> pages, IntegerProperty shownPage) {
        this.pages = pages;
        this.shownPage = shownPage;
        pages.addListener((ListChangeListener<String>) change -> look(List.copyOf(words), shownPage.get()));
    }

    /**
     * The occurrences of the words in a page's text, in the order they are read, none overlapping another; the
     * matching is the search marks' own (case ignored, words of two letters or more).
     */
    static List<Highlight> onPage(String text, List<String> words) {
        List<Highlight> all = new ArrayList<>(MarkedText.occurrences(text, words));
        all.sort(Comparator.comparingInt(Highlight::start).thenComparing(h -> -h.end()));
        List<Highlight> kept = new ArrayList<>();
        int end = -1;
        for (Highlight h : all) {
            if (h.start() >= end) {
                kept.add(h);
                end = h.end();
            }
        }
        return kept;
    }

    /** Looks for the words typed (separated by spaces), from the current match's page or the page shown. */
    void look(String typed) {
        LinkedHashSet<String> asked = new LinkedHashSet<>();
        for (String word : typed.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                asked.add(word);
            }
        }
        Match at = current.get();
        look(List.copyOf(asked), at != null ? at.page() : shownPage.get());
    }

    private void look(List<String> asked, int fromPage) {
        matches.clear();
        for (int i = 0; i < pages.size(); i++) {
            for (Highlight h : onPage(pages.get(i), asked)) {
                matches.add(new Match(i + 1, h.start(), h.end(), 0));
            }
        }
        renumber();
        // The views hear the words with no match current, then the match to show, so they mark and scroll once each.
        current.set(null);
        if (!words.equals(asked)) {
            words.setAll(asked);
        }
        landOn(fromPage);
    }

    private void renumber() {
        int page = 0;
        int n = 0;
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            n = m.page() == page ? n + 1 : 0;
            page = m.page();
            matches.set(i, new Match(m.page(), m.start(), m.end(), n));
        }
    }

    /** Makes current the first match on {@code page} or after it (or the first of all), unless one there already is. */
    void landOn(int page) {
        Match at = current.get();
        if (at != null && at.page() == page) {
            return;
        }
        Match first = matches.stream()
                .filter(m -> m.page() >= page)
                .findFirst()
                .orElse(matches.isEmpty() ? null : matches.get(0));
        select(first);
    }

    /** Moves to the next match, after the last back to the first. */
    void next() {
        step(1);
    }

    /** Moves to the previous match, before the first on to the last. */
    void previous() {
        step(-1);
    }

    private void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        int at = matches.indexOf(current.get());
        select(matches.get(Math.floorMod(at < 0 ? (by > 0 ? -1 : 0) + by : at + by, matches.size())));
    }

    private void select(Match match) {
        current.set(match);
        int at = matches.indexOf(match);
        count.set(words.isEmpty() ? "" : matches.isEmpty() ? "No matches" : (at + 1) + " of " + matches.size());
    }

    /** The words looked for; empty when nothing is. */
    ObservableList<String> words() {
        return readOnlyWords;
    }

    /** The match to show, or null. */
    ReadOnlyObjectProperty<Match> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 17", "No matches", or nothing while no words are looked for. */
    ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    int matchCount() {
        return matches.size();
    }
}
