package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.HistoryEntry;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.NotFoundException;

/**
 * A recommendation's ratings told round by round, oldest first: "Recommendation 5 (...) was rated limited in the
 * Interim assessment of 5 November 2015, limited again in ... and some progress in ...". A rating corrected after its
 * round was final reads as it now stands, saying what it was corrected from.
 */
final class HistoryParagraph implements Drafter {

    static final String SOURCE = "recommendation-history";

    private final RecommendationService recommendations;
    private final AssessmentService assessments;

    HistoryParagraph(RecommendationService recommendations, AssessmentService assessments) {
        this.recommendations = recommendations;
        this.assessments = assessments;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Drafted draft(String subject) {
        UUID uuid;
        try {
            uuid = UUID.fromString(subject);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("That recommendation no longer exists.");
        }
        return draft(uuid);
    }

    Drafted draft(UUID recommendationUuid) {
        Recommendation r = recommendations.recommendation(recommendationUuid);
        List<HistoryEntry> history = assessments.history(recommendationUuid).stream()
                .filter(e -> e.currentLevel() != null)
                .toList();
        Fingerprint data = new Fingerprint().with("recommendation", r.uuid(), r.number(), r.title());
        String named = Prose.capitalised(Prose.recommendation(r.number(), r.title()));
        if (history.isEmpty()) {
            return new Drafted(data.sha256(), List.of(paragraph(named + " has not yet been rated in any round.")));
        }
        List<String> steps = new ArrayList<>();
        RatingLevel last = null;
        for (HistoryEntry e : history) {
            RatingLevel level = e.currentLevel();
            RatingLevel first = e.level();
            boolean corrected = !e.corrections().isEmpty() && (first == null || first.id() != level.id());
            data.with(
                    "entry",
                    e.round().uuid(),
                    e.round().title(),
                    e.round().heldOn(),
                    level.code(),
                    level.label(),
                    corrected ? first == null ? "-" : first.label() : "");
            String again = last != null && last.id() == level.id() ? " again" : "";
            String correction =
                    corrected ? " (corrected from " + (first == null ? "no rating" : Prose.level(first)) + ")" : "";
            steps.add(Prose.level(level) + again + correction + " in " + Prose.round(e.round()));
            last = level;
        }
        String sentence = named + " was rated " + Prose.list(steps) + ".";
        return new Drafted(data.sha256(), List.of(paragraph(sentence)));
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(null, List.of(Run.plain(text)), null);
    }
}
