package org.stocktake.assessments.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Computes a review's dashboard from its rounds; reads only. Only ratings given in a round count for it: a rating
 * carried forward and not yet confirmed counts as not assessed, in the chart, the heatmap and the lists alike.
 */
public final class DashboardService {

    /** A rating unchanged over this many rounds or more is listed as not moving. */
    public static final int UNMOVED_ROUNDS = 2;

    private static final String NO_THEME = "No theme";

    private final AssessmentService assessments;
    private final ScaleService scales;

    public DashboardService(AssessmentService assessments, ScaleService scales) {
        this.assessments = assessments;
        this.scales = scales;
    }

    public Dashboard dashboard(long reviewId) {
        RatingScale scale = scales.scaleForReview(reviewId);
        List<AssessmentRound> rounds = assessments.rounds(reviewId);
        Map<AssessmentRound, List<Assessment>> byRound = new LinkedHashMap<>();
        rounds.forEach(round -> byRound.put(round, assessments.assessments(round.id())));

        List<Dashboard.RoundSummary> summaries = new ArrayList<>();
        Set<String> themes = new LinkedHashSet<>();
        List<Dashboard.ThemeCell> heat = new ArrayList<>();
        byRound.forEach((round, list) -> {
            summaries.add(summary(scale, round, list));
            Map<String, List<Assessment>> byTheme = new LinkedHashMap<>();
            list.forEach(a ->
                    byTheme.computeIfAbsent(theme(a), k -> new ArrayList<>()).add(a));
            themes.addAll(byTheme.keySet());
            byTheme.forEach((theme, items) -> heat.add(cell(theme, round, items)));
        });

        AssessmentRound open =
                rounds.stream().filter(r -> !r.isFinal()).reduce((a, b) -> b).orElse(null);
        List<Assessment> unassessed = open == null
                ? List.of()
                : byRound.get(open).stream().filter(a -> !a.isAssessed()).toList();
        return new Dashboard(scale, summaries, List.copyOf(themes), heat, unmoved(byRound), open, unassessed);
    }

    private static String theme(Assessment a) {
        return a.theme() == null ? NO_THEME : a.theme();
    }

    private static Dashboard.RoundSummary summary(RatingScale scale, AssessmentRound round, List<Assessment> list) {
        Map<RatingLevel, Integer> counts = new LinkedHashMap<>();
        scale.levels().stream().filter(RatingLevel::countsAsRated).forEach(l -> counts.put(l, 0));
        int unassessed = 0;
        for (Assessment a : list) {
            if (a.isAssessed()) {
                counts.merge(a.level(), 1, Integer::sum);
            } else {
                unassessed++;
            }
        }
        return new Dashboard.RoundSummary(round, counts, unassessed);
    }

    private static Dashboard.ThemeCell cell(String theme, AssessmentRound round, List<Assessment> items) {
        List<RatingLevel> rated = items.stream()
                .filter(Assessment::isAssessed)
                .map(Assessment::level)
                .sorted(Comparator.comparingInt(RatingLevel::position))
                .toList();
        RatingLevel typical = rated.isEmpty() ? null : rated.get((rated.size() - 1) / 2);
        return new Dashboard.ThemeCell(theme, round, typical, rated.size(), items.size());
    }

    private static List<Dashboard.Unmoved> unmoved(Map<AssessmentRound, List<Assessment>> byRound) {
        Map<UUID, List<Assessment>> perRecommendation = new LinkedHashMap<>();
        Map<UUID, AssessmentRound> roundOf = new HashMap<>();
        byRound.forEach((round, list) -> list.forEach(a -> {
            perRecommendation
                    .computeIfAbsent(a.recommendationUuid(), k -> new ArrayList<>())
                    .add(a);
            if (a.uuid() != null) {
                roundOf.put(a.uuid(), round);
            }
        }));
        List<Dashboard.Unmoved> result = new ArrayList<>();
        perRecommendation.forEach((uuid, history) -> {
            int last = history.size() - 1;
            while (last >= 0 && !history.get(last).isAssessed()) {
                last--;
            }
            if (last < 0) {
                return;
            }
            RatingLevel level = history.get(last).level();
            int first = last;
            while (first > 0
                    && history.get(first - 1).isAssessed()
                    && history.get(first - 1).level().equals(level)) {
                first--;
            }
            int streak = last - first + 1;
            if (streak >= UNMOVED_ROUNDS) {
                Assessment latest = history.get(last);
                String since = roundOf.get(history.get(first).uuid()).title();
                result.add(new Dashboard.Unmoved(uuid, latest.number(), latest.title(), level, streak, since));
            }
        });
        result.sort(Comparator.comparingInt(Dashboard.Unmoved::rounds).reversed());
        return result;
    }
}
