package org.stocktake.evidence.service;

import java.util.List;

/**
 * Finds an annotated passage again in a document's pages: at its offset when the text there is unchanged, else the
 * occurrence on its page whose surrounding text agrees best, else the same on the other pages nearest first.
 */
final class AnnotationAnchor {

    /** How much text either side of a passage is kept to tell one occurrence from another. */
    static final int CONTEXT = 64;

    private AnnotationAnchor() {}

    static String prefix(String page, int start) {
        return page.substring(Math.max(0, start - CONTEXT), start);
    }

    static String suffix(String page, int end) {
        return page.substring(end, Math.min(page.length(), end + CONTEXT));
    }

    static Anchored find(Annotation a, List<String> pages) {
        if (a.page() >= 1 && a.page() <= pages.size()) {
            String page = pages.get(a.page() - 1);
            if (page.startsWith(a.quote(), a.start())) {
                return new Anchored(
                        a, true, a.page(), a.start(), a.start() + a.quote().length());
            }
        }
        for (int distance = 0; distance < pages.size(); distance++) {
            for (int number : new int[] {a.page() - distance, a.page() + distance}) {
                if (number < 1 || number > pages.size() || (distance == 0 && number != a.page())) {
                    continue;
                }
                int at = best(a, pages.get(number - 1));
                if (at >= 0) {
                    return new Anchored(a, true, number, at, at + a.quote().length());
                }
                if (distance == 0) {
                    break;
                }
            }
        }
        return new Anchored(a, false, a.page(), 0, 0);
    }

    /** The occurrence of the quote on the page with the most context in common, or -1. */
    private static int best(Annotation a, String page) {
        int best = -1;
        int bestScore = -1;
        for (int at = page.indexOf(a.quote()); at >= 0; at = page.indexOf(a.quote(), at + 1)) {
            int score = commonSuffix(prefix(page, at), a.prefix())
                    + commonPrefix(suffix(page, at + a.quote().length()), a.suffix());
            if (score > bestScore) {
                best = at;
                bestScore = score;
            }
        }
        return best;
    }

    private static int commonPrefix(String x, String y) {
        int n = 0;
        while (n < x.length() && n < y.length() && x.charAt(n) == y.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(String x, String y) {
        int n = 0;
        while (n < x.length() && n < y.length() && x.charAt(x.length() - 1 - n) == y.charAt(y.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
