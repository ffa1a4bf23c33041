package org.stocktake.recommendations.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A review's pages as one run of classified lines. Page numbers and running headers or footers (a line found on most
 * pages) are left out, so that a paragraph carried over a page break reads on as one.
 */
final class ReviewTextLines {

    /** Text beyond this is not read: no review's recommendations lie further in, and the search stays quick. */
    static final int MOST_CHARACTERS = 5_000_000;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|-\\s*\\d{1,4}\\s*-|[ivxlc]{1,6}");

    private ReviewTextLines() {}

    static List<ReviewTextLine> of(List<String> pages) {
        List<List<String>> raw = rawLines(pages);
        Set<String> running = runningLines(raw);
        List<String> texts = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        for (int p = 0; p < raw.size(); p++) {
            for (String line : raw.get(p)) {
                String text = line.strip();
                if (!text.isEmpty() && (PAGE_NUMBER.matcher(text).matches() || running.contains(shape(text)))) {
                    continue;
                }
                texts.add(text);
                pageOf.add(p + 1);
            }
        }
        List<ReviewTextLine> lines = new ArrayList<>(texts.size());
        ReviewTextLine previous = null;
        for (int i = 0; i < texts.size(); i++) {
            String next = i + 1 < texts.size() ? texts.get(i + 1) : null;
            previous = ReviewTextLine.read(texts.get(i), pageOf.get(i), previous, next);
            lines.add(previous);
        }
        return lines;
    }

    private static List<List<String>> rawLines(List<String> pages) {
        List<List<String>> raw = new ArrayList<>();
        long read = 0;
        for (String page : pages == null ? List.<String>of() : pages) {
            if (read >= MOST_CHARACTERS) {
                break;
            }
            String text = page == null ? "" : page;
            if (read + text.length() > MOST_CHARACTERS) {
                text = text.substring(0, (int) (MOST_CHARACTERS - read));
            }
            read += text.length();
            raw.add(clean(text).lines().toList());
        }
        return raw;
    }

    /** Lines found on at least half the pages (and three), numbers aside: running headers and footers. */
    private static Set<String> runningLines(List<List<String>> pages) {
        Set<String> running = new HashSet<>();
        if (pages.size() < 3) {
            return running;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> onPage = new HashSet<>();
            for (String line : page) {
                String text = line.strip();
                if (!text.isEmpty() && text.length() <= 120) {
                    onPage.add(shape(text));
                }
            }
            onPage.forEach(shape -> seen.merge(shape, 1, Integer::sum));
        }
        int often = Math.max(3, (pages.size() + 1) / 2);
        seen.forEach((shape, count) -> {
            if (count >= often) {
                running.add(shape);
            }
        });
        return running;
    }

    /** A line with its digits as '#', so that "Page 3" and "Page 4" of a footer are one line. */
    private static String shape(String text) {
        return text.replaceAll("\\d", "#");
    }

    /**
     * Control characters, text-direction controls, line and paragraph separators and broken characters become
     * spaces: a title with them could not be stored, and they are never part of what a review says.
     */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r') {
                kept.append(c);
            } else if (Character.isSurrogate(c)
                    || Character.getType(c) == Character.CONTROL
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                kept.append(' ');
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
