package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a user supplies to add a review. */
public record ReviewDraft(String code, String title, String author, LocalDate publishedOn, String sourceDocument) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    /** The problems that stop this draft being saved, in the user's words; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(
                    "The review's short code must be lower-case letters, digits and hyphens (e.g. kerslake-2014).");
        }
        if (title == null || title.isBlank()) {
            problems.add("The review needs a title.");
        } else if (title.length() > 500) {
            problems.add("The review's title is longer than 500 characters.");
        }
        return problems;
    }
}
