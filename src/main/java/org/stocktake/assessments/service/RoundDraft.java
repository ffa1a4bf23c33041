package org.stocktake.assessments.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a user gives to open a round: which review, a title and the date it assesses. */
public record RoundDraft(long reviewId, String title, LocalDate heldOn) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("A round needs a title (e.g. Twelve-month assessment).");
        } else if (title.strip().length() > 300) {
            problems.add("The round's title is longer than 300 characters.");
        }
        if (heldOn == null) {
            problems.add("A round needs the date it assesses.");
        }
        return problems;
    }
}
