package org.stocktake.evidence.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * "Did you mean": each plain word the index has never seen is replaced by the closest word it holds (fewest edits,
 * then the most documents), so the suggestion is always something a search will find.
 */
final class Suggestion {
    private Suggestion() {}

    /** {@code nearMisses}: the candidates, words the query's expansions looked for in the text. */
    static Optional<String> of(IndexReader reader, TypedQuery typed, Set<String> nearMisses) throws IOException {
        if (nearMisses.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (TypedQuery.Part part : typed.parts()) {
            String word = part.typed();
            if (part instanceof TypedQuery.Plain plain && unknown(reader, plain.word())) {
                Optional<String> closest =
                        closest(reader, nearMisses, plain.word().exact());
                if (closest.isPresent()) {
                    word = closest.get();
                    changed = true;
                }
            }
            words.add(word);
        }
        return changed ? Optional.of(String.join(" ", words)) : Optional.empty();
    }

    private static boolean unknown(IndexReader reader, Word word) throws IOException {
        return reader.docFreq(new Term(IndexFields.EXACT, word.exact())) == 0
                && reader.docFreq(new Term(IndexFields.TEXT, word.stem())) == 0
                && reader.docFreq(new Term(IndexFields.TITLE_EXACT, word.exact())) == 0;
    }

    private static Optional<String> closest(IndexReader reader, Set<String> candidates, String word)
            throws IOException {
        int edits = Matching.editsAllowed(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrequency = 0;
        for (String candidate : candidates) {
            int distance = distance(word, candidate);
            if (distance > edits || distance > bestDistance) {
                continue;
            }
            int frequency = reader.docFreq(new Term(IndexFields.EXACT, candidate));
            if (frequency == 0) {
                // The typed word itself, or a term only in titles, which the text never holds.
                continue;
            }
            if (distance < bestDistance
                    || frequency > bestFrequency
                    || (frequency == bestFrequency && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Edits between two words, a swap of neighbouring letters counting as one (as the fuzzy match counts it). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
