package org.stocktake.evidence.service;

import java.util.List;

/** How the pages of a document that could not be read are named to a person. */
final class UnreadablePages {

    private UnreadablePages() {}

    /** Past this many, the pages are counted rather than listed. */
    private static final int LISTED = 5;

    /** "page 4", "pages 2 and 4", "pages 1, 2 and 5", "12 pages". */
    static String named(List<Integer> pages) {
        if (pages.size() == 1) {
            return "page " + pages.get(0);
        }
        if (pages.size() > LISTED) {
            return pages.size() + " pages";
        }
        List<String> numbers = pages.stream().map(String::valueOf).toList();
        return "pages " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
                + numbers.get(numbers.size() - 1);
    }

    /** The note kept with the document, e.g. "Page 4 could not be read.", or null when every page was read. */
    static String note(List<Integer> pages) {
        if (pages.isEmpty()) {
            return null;
        }
        String named = named(pages);
        return Character.toUpperCase(named.charAt(0)) + named.substring(1) + " could not be read.";
    }
}
