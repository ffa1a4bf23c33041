package org.stocktake.assessments.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.RatingLevel;

/** Turns a dashboard into what the chart and the heatmap draw: columns for rounds, series per level, cells. */
final class DashboardFigures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private DashboardFigures() {}

    /** The rounds in order, each labelled by title and date, made unique should two rounds share both. */
    static List<DashboardViewModel.Column> columns(List<AssessmentRound> rounds) {
        List<DashboardViewModel.Column> result = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (AssessmentRound round : rounds) {
            String date = round.heldOn() == null ? "" : DATE.format(round.heldOn());
            String label = date.isEmpty() ? round.title() : round.title() + "\n" + date;
            String unique = label;
            for (int n = 2; !used.add(unique); n++) {
                unique = label + " (" + n + ")";
            }
            result.add(new DashboardViewModel.Column(round.title(), date, unique));
        }
        return result;
    }

    /** A series per rated level in scale order, then the not assessed remainder. */
    static List<DashboardViewModel.Series> series(Dashboard d) {
        List<DashboardViewModel.Series> result = new ArrayList<>();
        for (RatingLevel level : d.scale().levels()) {
            if (level.countsAsRated()) {
                List<Integer> counts = d.rounds().stream()
                        .map(s -> s.counts().getOrDefault(level, 0))
                        .toList();
                result.add(new DashboardViewModel.Series(level, level.label(), level.colour(), counts));
            }
        }
        // A scale may carry its own filler level (e.g. "not assessed" on red, amber, green): use its colour.
        String filler = d.scale().levels().stream()
                .filter(l -> !l.countsAsRated())
                .map(RatingLevel::colour)
                .findFirst()
                .orElse(null);
        List<Integer> none =
                d.rounds().stream().map(Dashboard.RoundSummary::unassessed).toList();
        result.add(new DashboardViewModel.Series(null, DashboardViewModel.NOT_ASSESSED, filler, none));
        return result;
    }

    /** The dashboard's theme cells placed on the grid: row by theme, column by round. */
    static List<DashboardViewModel.HeatEntry> heat(Dashboard d, List<AssessmentRound> rounds) {
        Map<Long, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < rounds.size(); i++) {
            columnOf.put(rounds.get(i).id(), i);
        }
        List<DashboardViewModel.HeatEntry> result = new ArrayList<>();
        for (Dashboard.ThemeCell cell : d.heat()) {
            result.add(new DashboardViewModel.HeatEntry(
                    d.themes().indexOf(cell.theme()),
                    columnOf.get(cell.round().id()),
                    cell.theme(),
                    cell.round().title(),
                    cell.typical(),
                    cell.rated(),
                    cell.total()));
        }
        return result;
    }
}
