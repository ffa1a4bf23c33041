package org.stocktake.assessments.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where a review's recommendations stand and how that moved, round by round. */
public record Dashboard(
        RatingScale scale,
        List<RoundSummary> rounds,
        List<String> themes,
        List<ThemeCell> heat,
        List<Unmoved> unmoved,
        AssessmentRound openRound,
        List<Assessment> unassessed) {

    /** How many recommendations had each level in a round, in scale order, and how many had none. */
    public record RoundSummary(AssessmentRound round, Map<RatingLevel, Integer> counts, int unassessed) {}

    /** A theme in a round: the middle level of its rated recommendations (null when none was rated). */
    public record ThemeCell(String theme, AssessmentRound round, RatingLevel typical, int rated, int total) {}

    /** A recommendation whose rating has stayed the same for {@code rounds} rounds up to its latest one. */
    public record Unmoved(
            UUID recommendationUuid, String number, String title, RatingLevel level, int rounds, String since) {}
}
