package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.List;

/** Page text as the library keeps it: each page within the database's limit, and no characters no export keeps. */
final class PageText {

    /** The longest page kept in one row; a longer one (a huge text file) is kept as several. */
    static final int MAX_PAGE = 1_000_000;

    private PageText() {}

    static List<String> stored(List<String> pages) {
        List<String> kept = new ArrayList<>(pages.size());
        for (String page : pages) {
            String clean = clean(page == null ? "" : page);
            int start = 0;
            do {
                int end = Math.min(clean.length(), start + MAX_PAGE);
                if (end < clean.length() && Character.isHighSurrogate(clean.charAt(end - 1))) {
                    end--;
                }
                kept.add(clean.substring(start, end));
                start = end;
            } while (start < clean.length());
        }
        return kept;
    }

    /** NUL and other control characters (but tabs and line breaks) become spaces; lone surrogates are dropped. */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue;
            } else if (c == '\n' || c == '\t') {
                kept.append(c);
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    kept.append('\n');
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                kept.append(' ');
            } else {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
