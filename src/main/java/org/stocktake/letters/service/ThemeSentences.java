package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;

/**
 * The sentences on one theme of a round: "Of the four recommendations under Communities and partnership, one was
 * rated some progress and three limited. The three that fell short were ...".
 */
final class ThemeSentences {

    /** What recommendations without a theme are grouped under, beside themed ones. */
    static final String NO_THEME = "no theme";

    private final RatingScale scale;
    private final RoundSummary.ShortFall shortFall;

    ThemeSentences(RatingScale scale, RoundSummary.ShortFall shortFall) {
        this.scale = scale;
        this.shortFall = shortFall;
    }

    /** @param theme null when the review has no themes, so the sentences speak of all its recommendations */
    String about(String theme, List<Assessment> items) {
        boolean themeless = NO_THEME.equals(theme);
        String under = theme == null ? "" : themeless ? " without a theme" : " under " + theme;
        List<Assessment> rated = items.stream().filter(Assessment::isAssessed).toList();
        int unrated = items.size() - rated.size();
        if (items.size() == 1) {
            Assessment only = items.get(0);
            String named = Prose.recommendation(only.number(), only.title());
            String opening = theme == null
                    ? Prose.capitalised(named)
                    : themeless ? Prose.capitalised(named) + ", which has no theme," : "Under " + theme + ", " + named;
            return rated.isEmpty()
                    ? opening + " has not yet been assessed."
                    : opening + " was rated " + Prose.level(only.level()) + ".";
        }
        if (rated.isEmpty()) {
            return "None of the " + Prose.number(items.size()) + " recommendations" + under + " has yet been assessed.";
        }
        Map<RatingLevel, List<Assessment>> byLevel = byLevelBestFirst(rated);
        String first;
        if (unrated == 0 && byLevel.size() == 1) {
            String all = items.size() == 2
                    ? "Both recommendations"
                    : "All " + Prose.number(items.size()) + " recommendations";
            first = all + under + " were rated " + Prose.level(rated.get(0).level()) + ".";
        } else {
            List<String> parts = new ArrayList<>();
            byLevel.forEach((level, list) -> parts.add(
                    parts.isEmpty()
                            ? Prose.number(list.size()) + (list.size() == 1 ? " was" : " were") + " rated "
                                    + Prose.level(level)
                            : Prose.number(list.size()) + " " + Prose.level(level)));
            if (unrated > 0) {
                parts.add(Prose.number(unrated) + (unrated == 1 ? " has" : " have") + " not yet been assessed");
            }
            first = "Of the " + Prose.number(items.size()) + " recommendations" + under + ", " + Prose.list(parts)
                    + ".";
        }
        return first + shortOnes(rated);
    }

    private String shortOnes(List<Assessment> rated) {
        List<Assessment> fell =
                rated.stream().filter(a -> shortFall.fellShort(a.level())).toList();
        if (fell.isEmpty()) {
            return "";
        }
        // The level is named beside each only when they fell short to different levels.
        boolean oneLevel = fell.stream().map(a -> a.level().id()).distinct().count() == 1;
        List<String> names = fell.stream()
                .map(a -> Prose.recommendation(a.number(), a.title())
                        + (oneLevel ? "" : ", rated " + Prose.level(a.level())))
                .toList();
        String joined = oneLevel
                ? Prose.list(names)
                : String.join("; ", names.subList(0, names.size() - 1))
                        + (names.size() > 1 ? "; and " : "")
                        + names.get(names.size() - 1);
        return fell.size() == 1
                ? " The one that fell short was " + joined + "."
                : " The " + Prose.number(fell.size()) + " that fell short were " + joined + ".";
    }

    private Map<RatingLevel, List<Assessment>> byLevelBestFirst(List<Assessment> rated) {
        Map<RatingLevel, List<Assessment>> byLevel = new LinkedHashMap<>();
        scale.levels().stream()
                .sorted(Comparator.comparingInt(RatingLevel::position).reversed())
                .forEach(level -> {
                    List<Assessment> at = rated.stream()
                            .filter(a -> a.level().id() == level.id())
                            .toList();
                    if (!at.isEmpty()) {
                        byLevel.put(level, at);
                    }
                });
        return byLevel;
    }
}
