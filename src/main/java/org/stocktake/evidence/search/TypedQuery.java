package org.stocktake.evidence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stocktake.shared.ValidationException;

/**
 * What the user typed, read leniently: plain words, "quoted phrases" (an unclosed quote runs to the end) and prefixes
 * (kersl*). Punctuation and operators a user may try (a lone *, ~~, AND) are simply words or nothing, so no typing
 * can make a search fail to parse; only a search too long to run is refused.
 */
record TypedQuery(List<TypedQuery.Part> parts) {

    /** Enough for any sentence worth searching for; beyond it a search is almost surely a pasted page. */
    static final int MAX_WORDS = 64;

    private static final Pattern SUFFIX_OPERATOR = Pattern.compile("[~^][0-9.]*$");

    sealed interface Part {
        /** The part as typed, normalised: what a suggestion keeps when it changes nothing here. */
        String typed();
    }

    record Plain(Word word) implements Part {
        @Override
        public String typed() {
            return word.exact();
        }
    }

    record Phrase(List<Word> words) implements Part {
        @Override
        public String typed() {
            return "\"" + String.join(" ", words.stream().map(Word::exact).toList()) + "\"";
        }
    }

    record Prefix(String start) implements Part {
        @Override
        public String typed() {
            return start + "*";
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    static TypedQuery read(String text) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '"') {
                int close = text.indexOf('"', at + 1);
                int end = close < 0 ? text.length() : close;
                addPhrase(parts, Word.read(text.substring(at + 1, end)));
                at = end + 1;
            } else {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                addChunk(parts, text.substring(at, end));
                at = end;
            }
            if (wordCount(parts) > MAX_WORDS) {
                throw new ValidationException("A search can hold at most " + MAX_WORDS
                        + " words; keep the few that matter most and search again.");
            }
        }
        return new TypedQuery(List.copyOf(parts));
    }

    private static void addChunk(List<Part> parts, String typed) {
        // Operators from other search boxes: a fuzzy or boost suffix (kerslake~2, review^3) is dropped, as
        // fuzziness is automatic; a star inside a word (kers*ake) ends the word there, as a prefix.
        String chunk = SUFFIX_OPERATOR.matcher(typed).replaceFirst("");
        int star = chunk.indexOf('*', 1);
        boolean prefix = star > 0;
        List<Word> words = Word.read(prefix ? chunk.substring(0, star) : chunk);
        if (prefix && !words.isEmpty()) {
            Word last = words.get(words.size() - 1);
            if (last.end() == star) {
                addPhrase(parts, words.subList(0, words.size() - 1));
                parts.add(new Prefix(last.exact()));
                return;
            }
        }
        // A word with inner punctuation ("e-mail", "Kerslake/Crabtree") reads as the words it holds, side by side.
        addPhrase(parts, words);
    }

    private static void addPhrase(List<Part> parts, List<Word> words) {
        if (words.size() == 1) {
            parts.add(new Plain(words.get(0)));
        } else if (words.size() > 1) {
            parts.add(new Phrase(List.copyOf(words)));
        }
    }

    private static int wordCount(List<Part> parts) {
        return parts.stream()
                .mapToInt(p -> p instanceof Phrase phrase ? phrase.words().size() : 1)
                .sum();
    }
}
