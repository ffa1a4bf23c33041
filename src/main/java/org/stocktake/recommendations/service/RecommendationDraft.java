package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktake.shared.TextHygiene;

/**
 * What a user types to create or change a recommendation. Blank optional text is treated as absent; the number and
 * theme are brought to one form (see {@link TextHygiene#identifier}), so that "5", "5" with a no-break space and a
 * full-width "５" are the same number.
 */
public record RecommendationDraft(
        long reviewId,
        String number,
        String theme,
        String title,
        String body,
        String owner,
        String priority,
        LocalDate milestone,
        SourceReference source,
        String notes,
        boolean summaryOnly) {

    public RecommendationDraft {
        number = TextHygiene.identifier(number);
        theme = TextHygiene.identifier(theme);
        title = TextHygiene.trimmed(title);
        body = TextHygiene.trimmed(body);
        owner = TextHygiene.trimmed(owner);
        priority = TextHygiene.trimmed(priority);
        notes = TextHygiene.trimmed(notes);
        source = source == null
                ? SourceReference.NONE
                : new SourceReference(TextHygiene.trimmed(source.document()), source.page());
    }

    /** The problems that stop this draft being saved, in the user's words; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (number == null) {
            problems.add("A recommendation needs a number.");
        }
        RecommendationLimits.NUMBER.check(number, problems);
        if (title == null) {
            problems.add("A recommendation needs a title.");
        }
        RecommendationLimits.TITLE.check(title, problems);
        RecommendationLimits.THEME.check(theme, problems);
        RecommendationLimits.OWNER.check(owner, problems);
        RecommendationLimits.PRIORITY.check(priority, problems);
        RecommendationLimits.TEXT.check(body, problems);
        RecommendationLimits.NOTES.check(notes, problems);
        RecommendationLimits.SOURCE_DOCUMENT.check(source.document(), problems);
        if (source.page() != null && source.page() < 1) {
            problems.add("The source page must be 1 or more.");
        }
        return problems;
    }

    public RecommendationDraft withNumber(String newNumber) {
        return new RecommendationDraft(
                reviewId, newNumber, theme, title, body, owner, priority, milestone, source, notes, summaryOnly);
    }

    /**
     * What the number is compared by: two live recommendations of a review may not share it. Numbers are unique
     * regardless of case, so "4a" and "4A" are one number. Null when there is no number.
     */
    public String numberKey() {
        return numberKey(number);
    }

    /** {@link #numberKey()} of a number as stored or typed. */
    public static String numberKey(String number) {
        String normal = TextHygiene.identifier(number);
        return normal == null ? null : normal.toUpperCase(Locale.ROOT);
    }
}
