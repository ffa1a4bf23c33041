package org.stocktake.recommendations.service;

import java.util.Locale;
import java.util.Set;

/** A found recommendation's text parted into its first sentence, the title, and the rest, the body. */
record ProposedTitle(String title, String body) {

    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "nos", "st", "vs", "cf", "para", "paras", "p");

    static ProposedTitle of(String text) {
        String whole = text.strip();
        if (whole.isEmpty()) {
            return new ProposedTitle(null, null);
        }
        int end = firstSentenceEnd(whole);
        String first = whole.substring(0, end).strip();
        String rest = whole.substring(end).strip();
        int most = RecommendationLimits.TITLE.max();
        if (first.length() > most) {
            // Nothing is lost: the title is cut short, so the body keeps the whole text.
            return new ProposedTitle(cut(first, most), fitted(whole));
        }
        return new ProposedTitle(first, rest.isEmpty() ? null : fitted(rest));
    }

    /** Just past the first sentence's full stop (or question or exclamation mark), or the end of the text. */
    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!')
                    && Character.isWhitespace(text.charAt(i + 1))
                    && startsSentence(text, i + 1)
                    && !(c == '.' && isAbbreviation(text, i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean startsSentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        int c = text.codePointAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(';
    }

    /** "e.g.", "Mr.", "No." or an initial ("J. Smith") do not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(start)));
    }

    private static String fitted(String body) {
        return cut(body, RecommendationLimits.TEXT.max());
    }

    /** At most {@code most} characters, cut at a space where there is one, with "…" to show the cut. */
    static String cut(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int at = text.lastIndexOf(' ', most - 1);
        if (at < most / 2) {
            at = most - 1;
        }
        if (Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        return text.substring(0, at).strip() + "\u2026";
    }
}
