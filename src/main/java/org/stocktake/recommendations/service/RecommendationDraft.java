package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a user types to create or change a recommendation. Blank optional text is treated as absent. */
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

    public static final int MAX_NUMBER = 20;
    public static final int MAX_TITLE = 500;
    public static final int MAX_THEME = 200;
    public static final int MAX_OWNER = 200;
    public static final int MAX_PRIORITY = 40;
    public static final int MAX_TEXT = 65_535;

    public RecommendationDraft {
        number = trimToNull(number);
        theme = trimToNull(theme);
        title = trimToNull(title);
        body = trimToNull(body);
        owner = trimToNull(owner);
        priority = trimToNull(priority);
        notes = trimToNull(notes);
        source = source == null
                ? SourceReference.NONE
                : new SourceReference(trimToNull(source.document()), source.page());
    }

    /** The problems that stop this draft being saved, in the user's words; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (number == null) {
            problems.add("A recommendation needs a number.");
        } else if (number.length() > MAX_NUMBER) {
            problems.add("The number is longer than " + MAX_NUMBER + " characters.");
        }
        if (title == null) {
            problems.add("A recommendation needs a title.");
        }
        tooLong(problems, "title", title, MAX_TITLE);
        tooLong(problems, "theme", theme, MAX_THEME);
        tooLong(problems, "owner", owner, MAX_OWNER);
        tooLong(problems, "priority", priority, MAX_PRIORITY);
        tooLong(problems, "text", body, MAX_TEXT);
        tooLong(problems, "notes", notes, MAX_TEXT);
        tooLong(problems, "source document", source.document(), 1000);
        if (source.page() != null && source.page() < 1) {
            problems.add("The source page must be 1 or more.");
        }
        return problems;
    }

    public RecommendationDraft withNumber(String newNumber) {
        return new RecommendationDraft(
                reviewId, newNumber, theme, title, body, owner, priority, milestone, source, notes, summaryOnly);
    }

    private static void tooLong(List<String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add("The " + field + " is longer than " + max + " characters.");
        }
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
