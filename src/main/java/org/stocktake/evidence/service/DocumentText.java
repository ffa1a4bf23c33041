package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a document's text the guesser reads, cleaned line by line. Only the head and the tail of a long text
 * are kept: a letter's parts (letterhead, addressee, date, signatories) sit there, and a 5 MB report must be guessed as
 * fast as a one-page letter.
 */
final class DocumentText {

    static final int HEAD_CHARS = 48_000;
    static final int TAIL_CHARS = 16_000;
    /** Longer lines are cut: a line is a letter's line, and the patterns must not walk megabytes of one. */
    static final int LINE_CHARS = 2_000;

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|^#+\\s*|^\\*|\\*$|^>\\s*");
    private static final Pattern NOISE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\uFFFD\\p{Zs}&&[^\\n]]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final List<String> lines;
    private final int length;

    private DocumentText(List<String> lines, int length) {
        this.lines = List.copyOf(lines);
        this.length = length;
    }

    static DocumentText of(String text) {
        String whole = text == null ? "" : text;
        List<String> lines = new ArrayList<>();
        if (whole.length() <= HEAD_CHARS + TAIL_CHARS) {
            addLines(whole, lines);
        } else {
            addLines(whole.substring(0, HEAD_CHARS), lines);
            addLines(whole.substring(whole.length() - TAIL_CHARS), lines);
        }
        return new DocumentText(lines, whole.length());
    }

    private static void addLines(String part, List<String> lines) {
        for (String raw : part.split("\\r\\n|\\r|\\n", -1)) {
            lines.add(clean(raw.length() > LINE_CHARS ? raw.substring(0, LINE_CHARS) : raw));
        }
    }

    /** A line as a reader sees it: no markdown emphasis, curly quotes made plain, odd spaces and controls gone. */
    static String clean(String raw) {
        String line = raw.replace('\u2018', '\'')
                .replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-');
        line = NOISE.matcher(line).replaceAll(" ").strip();
        String before;
        do {
            before = line;
            line = MARKUP.matcher(line).replaceAll("").strip();
        } while (!line.equals(before));
        return SPACES.matcher(line).replaceAll(" ");
    }

    /** Every kept line, blank ones included, in order. */
    List<String> lines() {
        return lines;
    }

    /** The lines that hold something. */
    List<String> filledLines() {
        return lines.stream().filter(line -> !line.isEmpty()).toList();
    }

    /** The kept text, its lines joined again. */
    String joined() {
        return String.join("\n", lines);
    }

    /** How long the whole text was, before the middle of a long one was left out. */
    int length() {
        return length;
    }
}
