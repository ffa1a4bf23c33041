package org.stocktake.recommendations.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import org.stocktake.recommendations.service.Recommendation;

/**
 * Matches a recommendation when every word typed appears somewhere in it (number, title, theme, owner, text, notes,
 * priority or review), ignoring case. The lower-cased text of each recommendation is kept, so a keystroke over
 * thousands of rows costs only the look-ups.
 */
final class RegisterFilter {

    private final Map<Recommendation, String> haystacks = new WeakHashMap<>();

    Predicate<Recommendation> matching(String query, Long reviewId) {
        String[] words = query == null
                ? new String[0]
                : Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toArray(String[]::new);
        return recommendation -> {
            if (reviewId != null && recommendation.reviewId() != reviewId) {
                return false;
            }
            if (words.length == 0) {
                return true;
            }
            String haystack = haystacks.computeIfAbsent(recommendation, RegisterFilter::haystack);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String haystack(Recommendation r) {
        return String.join(
                        "\n",
                        r.number(),
                        r.title(),
                        Objects.toString(r.theme(), ""),
                        Objects.toString(r.owner(), ""),
                        Objects.toString(r.body(), ""),
                        Objects.toString(r.notes(), ""),
                        Objects.toString(r.priority(), ""),
                        r.reviewCode())
                .toLowerCase(Locale.ROOT);
    }
}
