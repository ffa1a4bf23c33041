package org.stocktake.evidence.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts about 200 characters of a page around its densest cluster of matches and marks every matched word. A page is
 * read again with the index's own analysis, so a highlight falls exactly where the index found the word: its stem,
 * its written form, a prefix, a near miss the query expanded to, or a phrase's run of words.
 */
final class Snippets {
    static final int WIDTH = 200;
    /** How much of the text before the first match is kept, so the match is read in context. */
    private static final int LEAD = 50;

    private final Set<String> exacts = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();
    private final Set<String> nearMisses;
    private final List<List<Word>> phrases = new ArrayList<>();

    /** {@code nearMisses}: the words of pages that the query's fuzzy expansions matched. */
    Snippets(TypedQuery typed, Set<String> nearMisses) {
        this.nearMisses = nearMisses;
        for (TypedQuery.Part part : typed.parts()) {
            if (part instanceof TypedQuery.Plain plain) {
                exacts.add(plain.word().exact());
                stems.add(plain.word().stem());
            } else if (part instanceof TypedQuery.Phrase phrase) {
                phrases.add(phrase.words());
            } else if (part instanceof TypedQuery.Prefix prefix) {
                prefixes.add(prefix.start());
            }
        }
    }

    Snippet of(String text) {
        List<Word> words = Word.read(text);
        List<Highlight> marks = marks(words);
        if (marks.isEmpty()) {
            return SnippetText.cut(text, 0, List.of());
        }
        int from = densest(marks);
        return SnippetText.cut(text, Math.max(0, marks.get(from).start() - LEAD), marks);
    }

    private List<Highlight> marks(List<Word> words) {
        List<Highlight> marks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            int end = phraseEnd(words, i);
            if (end > i) {
                marks.add(new Highlight(word.start(), words.get(end - 1).end()));
                i = end - 1;
            } else if (matches(word)) {
                marks.add(new Highlight(word.start(), word.end()));
            }
        }
        return marks;
    }

    /** Where the longest phrase starting at word {@code i} ends (exclusive), or {@code i} when none starts there. */
    private int phraseEnd(List<Word> words, int i) {
        int best = i;
        for (List<Word> phrase : phrases) {
            int n = phrase.size();
            if (i + n <= words.size() && i + n > best && sameRun(words.subList(i, i + n), phrase)) {
                best = i + n;
            }
        }
        return best;
    }

    private static boolean sameRun(List<Word> found, List<Word> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            Word a = found.get(k);
            Word b = phrase.get(k);
            if (!a.exact().equals(b.exact()) && !a.stem().equals(b.stem())) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Word word) {
        if (exacts.contains(word.exact()) || stems.contains(word.stem()) || nearMisses.contains(word.exact())) {
            return true;
        }
        for (String prefix : prefixes) {
            if (word.exact().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The mark that starts the window holding the most matches (the first such window). */
    private static int densest(List<Highlight> marks) {
        int best = 0;
        int bestCount = 0;
        int j = 0;
        for (int i = 0; i < marks.size(); i++) {
            int limit = marks.get(i).start() + WIDTH - LEAD;
            j = Math.max(j, i);
            while (j < marks.size() && marks.get(j).end() <= limit) {
                j++;
            }
            if (j - i > bestCount) {
                best = i;
                bestCount = j - i;
            }
        }
        return best;
    }
}
