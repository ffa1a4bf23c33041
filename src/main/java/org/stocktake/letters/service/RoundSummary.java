package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;

/**
 * A round told theme by theme: a heading, a sentence on how many recommendations the panel rated, then for each theme
 * how many were rated at each level, naming those that fell short (rated in the lower half of the scale). Only ratings
 * given in the round count, as on the dashboard; a rating carried forward and not yet confirmed is not yet assessed.
 */
final class RoundSummary implements Drafter {

    static final String SOURCE = "round-summary";

    private final RecommendationService recommendations;
    private final AssessmentService assessments;
    private final ScaleService scales;
    private final Rounds rounds;

    RoundSummary(RecommendationService recommendations, AssessmentService assessments, ScaleService scales) {
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.scales = scales;
        this.rounds = new Rounds(recommendations, assessments);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Drafted draft(String subject) {
        return draft(rounds.round(subject));
    }

    Drafted draft(AssessmentRound round) {
        Review review = rounds.review(round.reviewId());
        RatingScale scale = scales.scaleForReview(review.id());
        List<Assessment> all = assessments.assessments(round.id());
        List<String> themes = recommendations.themes(review.id());

        Fingerprint data = new Fingerprint()
                .with("review", review.uuid())
                .with("review.title", review.title())
                .with("round", round.uuid())
                .with("round.title", round.title())
                .with("round.heldOn", round.heldOn());
        scale.levels().forEach(l -> data.with("level", l.code(), l.label(), l.position(), l.countsAsRated()));
        themes.forEach(t -> data.with("theme", t));
        all.forEach(a -> data.with(
                "assessment",
                a.recommendationUuid(),
                a.number(),
                a.title(),
                a.theme(),
                a.isAssessed() ? a.level().code() : ""));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(null, round.title().strip(), null));
        blocks.add(paragraph(opening(round, review, all)));
        long rated = all.stream().filter(Assessment::isAssessed).count();
        if (rated > 0) {
            ThemeSentences sentences = new ThemeSentences(scale, new ShortFall(scale));
            byTheme(all, themes)
                    .forEach(
                            (theme, items) -> blocks.add(paragraph(List.of(Run.plain(sentences.about(theme, items))))));
        }
        return new Drafted(data.sha256(), blocks);
    }

    private static Block paragraph(List<Run> runs) {
        return new Block.Paragraph(null, runs, null);
    }

    private static List<Run> opening(AssessmentRound round, Review review, List<Assessment> all) {
        Run name = Run.italic(Prose.reviewName(review.title()));
        String when = Prose.round(round);
        int total = all.size();
        int rated = (int) all.stream().filter(Assessment::isAssessed).count();
        if (total == 0) {
            return List.of(
                    name,
                    Run.plain(" has no recommendations in the register, so " + when + " has nothing to" + " report."));
        }
        if (rated == 0) {
            return List.of(Run.plain("No recommendation of "), name, Run.plain(" has yet been rated in " + when + "."));
        }
        String howMany;
        if (rated == total) {
            howMany = total == 1 ? "the one recommendation" : "all " + Prose.number(total) + " recommendations";
        } else {
            howMany = Prose.number(rated) + " of the " + Prose.count(total, "recommendation", "recommendations");
        }
        int unrated = total - rated;
        String rest = unrated == 0
                ? "."
                : "; " + Prose.number(unrated) + (unrated == 1 ? " has" : " have") + " not yet been assessed.";
        return List.of(Run.plain("In " + when + " the Panel rated " + howMany + " of "), name, Run.plain(rest));
    }

    /** Themes in the review's order, then any the register does not list, then recommendations with none. */
    private static Map<String, List<Assessment>> byTheme(List<Assessment> all, List<String> themes) {
        Map<String, List<Assessment>> grouped = new LinkedHashMap<>();
        themes.forEach(t -> grouped.put(t, new ArrayList<>()));
        List<Assessment> none = new ArrayList<>();
        for (Assessment a : all) {
            if (a.theme() == null || a.theme().isBlank()) {
                none.add(a);
            } else {
                grouped.computeIfAbsent(a.theme(), k -> new ArrayList<>()).add(a);
            }
        }
        grouped.values().removeIf(List::isEmpty);
        if (!none.isEmpty()) {
            grouped.put(grouped.isEmpty() ? null : ThemeSentences.NO_THEME, none);
        }
        return grouped;
    }

    /** Which levels fall short: the lower half of the levels that count as a rating, in scale order. */
    static final class ShortFall {
        private final List<RatingLevel> shortLevels;

        ShortFall(RatingScale scale) {
            List<RatingLevel> rated = scale.levels().stream()
                    .filter(RatingLevel::countsAsRated)
                    .sorted(Comparator.comparingInt(RatingLevel::position))
                    .toList();
            this.shortLevels = rated.subList(0, rated.size() / 2);
        }

        boolean fellShort(RatingLevel level) {
            return level != null && shortLevels.stream().anyMatch(l -> l.id() == level.id());
        }
    }
}
