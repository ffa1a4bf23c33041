package org.stocktake.recommendations.service;

import java.util.List;

/**
 * Every text field of a recommendation and of a review, with what it accepts: defined here once and checked by the
 * form, the import (per line) and the service alike. Each column of the schema is exactly as wide as its limit, and
 * the audit trail's before and after states hold a recommendation with every field at its limit.
 */
public final class RecommendationLimits {

    public static final FieldLimit NUMBER = FieldLimit.line("number", 20);
    public static final FieldLimit THEME = FieldLimit.line("theme", 200);
    public static final FieldLimit TITLE = FieldLimit.line("title", 500);
    public static final FieldLimit TEXT = FieldLimit.lines("text", 65_535);
    public static final FieldLimit OWNER = FieldLimit.line("owner", 200);
    public static final FieldLimit PRIORITY = FieldLimit.line("priority", 40);
    public static final FieldLimit SOURCE_DOCUMENT = FieldLimit.line("source document", 1000);
    public static final FieldLimit NOTES = FieldLimit.lines("notes", 65_535);

    public static final FieldLimit REVIEW_CODE = FieldLimit.line("review's short code", 60);
    public static final FieldLimit REVIEW_TITLE = FieldLimit.line("review's title", 500);
    public static final FieldLimit REVIEW_AUTHOR = FieldLimit.line("review's author", 300);
    public static final FieldLimit REVIEW_SOURCE = FieldLimit.line("review's source document", 1000);

    /** The recommendation's own fields, in the order the form shows them. */
    public static final List<FieldLimit> RECOMMENDATION =
            List.of(NUMBER, THEME, TITLE, OWNER, PRIORITY, SOURCE_DOCUMENT, TEXT, NOTES);

    private RecommendationLimits() {}
}
