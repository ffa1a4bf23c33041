package org.stocktake.letters.ui;

import java.util.List;
import java.util.UUID;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.recommendations.service.RecommendationService;

/**
 * What a drafter can insert from, as the choosers list it: rounds, recommendations, documents and their notes. Read
 * on the task runner's thread.
 */
public final class DraftingSources {

    /** Something to choose, as a person reads it. */
    record Choice(long id, UUID uuid, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AssessmentService assessments;
    private final RecommendationService recommendations;
    private final EvidenceService evidence;
    private final Annotations annotations;

    public DraftingSources(
            AssessmentService assessments,
            RecommendationService recommendations,
            EvidenceService evidence,
            Annotations annotations) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.annotations = annotations;
    }

    List<Choice> rounds() {
        return assessments.allRounds().stream()
                .map(r -> new Choice(r.id(), r.uuid(), r.title() + " (" + r.heldOn() + ")"))
                .toList();
    }

    List<Choice> recommendations() {
        return recommendations.recommendations(null).stream()
                .map(r -> new Choice(r.id(), r.uuid(), r.number() + ". " + r.title()))
                .toList();
    }

    List<Choice> documents() {
        return evidence.items().stream()
                .map(i ->
                        new Choice(i.id(), i.uuid(), i.title() + (i.dateShown().isBlank() ? "" : ", " + i.dateShown())))
                .toList();
    }

    List<Choice> notes(long documentId) {
        return annotations.of(documentId).stream()
                .map(a -> new Choice(
                        a.annotation().id(),
                        a.annotation().uuid(),
                        "Page " + a.annotation().page() + ": \u201c"
                                + shortened(a.annotation().quote()) + "\u201d"))
                .toList();
    }

    long reviewOf(long roundId) {
        return assessments.round(roundId).reviewId();
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }
}
