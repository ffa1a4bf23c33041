package org.stocktake.recommendations.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a review's text, with the page it is on and what its look says it is: a blank, a heading, a line of a
 * table of contents, the start of a numbered item, or running text.
 */
record ReviewTextLine(String text, int page, Kind kind, Numbered numbered) {

    enum Kind {
        BLANK,
        HEADING,
        CONTENTS,
        NUMBERED,
        TEXT
    }

    /** How an item is numbered: items of one list share a style. */
    enum Style {
        LABELLED,
        SHORT_LABEL,
        DOT,
        BRACKET,
        BARE
    }

    /** A numbered start: the number as printed ("4a"), its parts, and the text after it on the line. */
    record Numbered(Style style, String number, int base, char letter, String rest) {

        /** Whether this item may follow {@code previous} in one list: 3 after 2, 4a after 3, 4b after 4a. */
        boolean follows(Numbered previous) {
            if (base == previous.base) {
                return previous.letter != 0 && letter == previous.letter + 1;
            }
            return base == previous.base + 1 && (letter == 0 || letter == 'a');
        }

        boolean startsList() {
            return base == 1 && (letter == 0 || letter == 'a');
        }
    }

    /** Longer lines are looked at only this far: no heading or number lies beyond it, and patterns stay fast. */
    private static final int LOOKED_AT = 400;

    private static final String NUMBER = "(\\d{1,3})([a-zA-Z])?";
    private static final Pattern LABELLED =
            Pattern.compile("(?i)recommendation\\s+" + NUMBER + "\\s*(?:[:.)\\-\u2013\u2014]\\s*|\\s|$)(.*)");
    private static final Pattern SHORT_LABEL =
            Pattern.compile("R" + NUMBER + "(?:\\s*[:.)\\-\u2013\u2014]\\s*|\\s+)(.*)");
    private static final Pattern DOT = Pattern.compile(NUMBER + "[.)]\\s+(.*)");
    private static final Pattern BRACKET = Pattern.compile("\\(" + NUMBER + "\\)\\s*(.*)");
    private static final Pattern BARE = Pattern.compile(NUMBER + "\\s+(\\S.*)");
    private static final Pattern CHAPTER =
            Pattern.compile("(?i)(?:(?:chapter|section|part|annex|appendix)\\s+[\\dA-Z]{1,4}[:.\\s\u2013\u2014-]*|"
                    + "\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)");
    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "(?i)(?:summary\\s+of|list\\s+of|key|our|the)?\\s*(?:the\\s+)?(?:review'?s\\s+)?recommendations");

    /**
     * @param previous the line before, already read (null for the first)
     * @param next the raw line after (null for the last)
     */
    static ReviewTextLine read(String raw, int page, ReviewTextLine previous, String next) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return new ReviewTextLine("", page, Kind.BLANK, null);
        }
        String head = text.length() > LOOKED_AT ? text.substring(0, LOOKED_AT) : text;
        if (isContentsLine(head)) {
            return new ReviewTextLine(text, page, Kind.CONTENTS, null);
        }
        Numbered numbered = numbered(head, text);
        boolean labelled =
                numbered != null && (numbered.style == Style.LABELLED || numbered.style == Style.SHORT_LABEL);
        if (!labelled && endsBlock(previous) && isHeading(head, next)) {
            return new ReviewTextLine(text, page, Kind.HEADING, null);
        }
        return new ReviewTextLine(text, page, numbered == null ? Kind.TEXT : Kind.NUMBERED, numbered);
    }

    private static Numbered numbered(String head, String text) {
        for (Style style : Style.values()) {
            Matcher m = pattern(style).matcher(head);
            if (m.matches()) {
                String rest = text.substring(m.start(3)).strip();
                if (style == Style.BARE && !Character.isUpperCase(rest.codePointAt(0))) {
                    return null;
                }
                char letter = m.group(2) == null
                        ? 0
                        : Character.toLowerCase(m.group(2).charAt(0));
                int base = Integer.parseInt(m.group(1));
                return new Numbered(style, base + (letter == 0 ? "" : String.valueOf(letter)), base, letter, rest);
            }
        }
        return null;
    }

    private static Pattern pattern(Style style) {
        return switch (style) {
            case LABELLED -> LABELLED;
            case SHORT_LABEL -> SHORT_LABEL;
            case DOT -> DOT;
            case BRACKET -> BRACKET;
            case BARE -> BARE;
        };
    }

    /** "1. Introduction ........ 3", "Summary of recommendations … 12" or "2 Governance 7": a contents entry. */
    static boolean isContentsLine(String text) {
        int end = text.length();
        while (end > 0 && Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        if (end == text.length() || end == 0 || text.length() - end > 3) {
            return false;
        }
        String before = text.substring(0, end).stripTrailing();
        if (before.endsWith("...") || before.endsWith("\u2026") || before.endsWith(". .") || before.endsWith("__")) {
            return true;
        }
        // Without leaders, a short numbered line ending in a page number, with no sentence in it, is an entry too.
        return end < text.length()
                && Character.isWhitespace(text.charAt(end - 1))
                && CHAPTER.matcher(before).lookingAt()
                && words(before) <= 10
                && !endsSentence(before)
                && isTitleCase(before);
    }

    /** Whether a heading may follow {@code previous}: not in the middle of a sentence. */
    private static boolean endsBlock(ReviewTextLine previous) {
        return previous == null
                || previous.kind == Kind.BLANK
                || previous.kind == Kind.HEADING
                || previous.kind == Kind.CONTENTS
                || endsSentence(previous.text);
    }

    /**
     * A short line that is not a sentence and is not followed by a line that carries on a sentence in lower case. A
     * numbered one ("3. Financial Management") must be in Title Case or name a chapter, since a short numbered line
     * in sentence case is as likely an item of a list.
     */
    static boolean isHeading(String text, String next) {
        if (text.length() > 90 || words(text) > 10 || endsSentence(text) || text.endsWith(",")) {
            return false;
        }
        Matcher chapter = CHAPTER.matcher(text);
        boolean numbered = chapter.lookingAt();
        String words = numbered ? text.substring(chapter.end()) : text;
        if (words.isEmpty()
                || !Character.isLetter(words.codePointAt(0))
                || !Character.isUpperCase(words.codePointAt(0))) {
            return false;
        }
        String following = next == null ? "" : next.strip();
        if (!following.isEmpty() && Character.isLowerCase(following.codePointAt(0))) {
            return false;
        }
        if (isRecommendationsHeading(text)) {
            return true;
        }
        if (numbered) {
            boolean named = Character.isLetter(text.codePointAt(0));
            return words(words) <= 6 && (named || isTitleCase(words));
        }
        return isTitleCase(words) || words(words) <= 6;
    }

    static boolean isRecommendationsHeading(String text) {
        Matcher chapter = CHAPTER.matcher(text);
        String words = chapter.lookingAt() ? text.substring(chapter.end()) : text;
        return RECOMMENDATIONS_HEADING.matcher(words.strip()).matches();
    }

    /** A heading that starts a part of its own (a chapter, an annex), ending any list of recommendations above it. */
    boolean isChapter() {
        return kind == Kind.HEADING && CHAPTER.matcher(text).lookingAt();
    }

    /** The heading's words without its chapter number, e.g. "Financial management" for "3. Financial management". */
    String headingWords() {
        Matcher chapter = CHAPTER.matcher(text);
        return chapter.lookingAt() ? text.substring(chapter.end()).strip() : text;
    }

    boolean isContentsHeading() {
        String words = headingWords().toLowerCase(Locale.ROOT);
        return words.equals("contents") || words.equals("table of contents");
    }

    private static boolean isTitleCase(String text) {
        for (String word : text.split("\\s+")) {
            if (word.length() >= 4
                    && Character.isLetter(word.codePointAt(0))
                    && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
