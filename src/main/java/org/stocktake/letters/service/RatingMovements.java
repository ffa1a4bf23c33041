package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;

/**
 * What moved between a round and the one before it in its review: each recommendation whose rating rose or fell, with
 * its old and new rating, those rated that had no rating before, and those not yet rated again. Ratings are taken as they
 * now stand (corrections applied); a rating carried forward unchanged does not move.
 */
final class RatingMovements implements Drafter {

    static final String SOURCE = "round-changes";

    private final AssessmentService assessments;
    private final Rounds rounds;

    RatingMovements(RecommendationService recommendations, AssessmentService assessments) {
        this.assessments = assessments;
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
        AssessmentRound previous = rounds.previous(round);
        List<Assessment> now = assessments.assessments(round.id());
        Map<UUID, Assessment> before = new HashMap<>();
        if (previous != null) {
            assessments.assessments(previous.id()).forEach(a -> before.put(a.recommendationUuid(), a));
        }
        Fingerprint data = new Fingerprint()
                .with("review", review.uuid())
                .with("review.title", review.title())
                .with("round", round.uuid(), round.title(), round.heldOn());
        if (previous != null) {
            data.with("previous", previous.uuid(), previous.title(), previous.heldOn());
        }
        List<String> sentences = new ArrayList<>();
        List<String> notAgain = new ArrayList<>();
        int moved = 0;
        for (Assessment a : now) {
            RatingLevel was = rating(before.get(a.recommendationUuid()));
            RatingLevel is = rating(a);
            data.with(
                    "rating",
                    a.recommendationUuid(),
                    a.number(),
                    a.title(),
                    code(was),
                    label(was),
                    position(was),
                    code(is),
                    label(is),
                    position(is));
            String named = Prose.capitalised(Prose.recommendation(a.number(), a.title()));
            if (was != null && is != null && was.id() != is.id()) {
                moved++;
                String verb = is.position() > was.position() ? " rose from " : " fell from ";
                sentences.add(named + verb + Prose.level(was) + " to " + Prose.level(is) + ".");
            } else if (was == null && is != null && previous != null) {
                moved++;
                sentences.add(named + " was rated " + Prose.level(is) + ", having had no rating in "
                        + Prose.round(previous) + ".");
            } else if (was != null && is == null) {
                notAgain.add(a.number());
            }
        }
        List<Run> runs = new ArrayList<>();
        if (previous == null) {
            runs.add(Run.plain(Prose.capitalised(Prose.round(round)) + " is the first round of "));
            runs.add(Run.italic(Prose.reviewName(review.title())));
            runs.add(Run.plain(", so there is no earlier rating to compare."));
        } else {
            String between = Prose.round(previous) + " and " + Prose.round(round);
            runs.add(Run.plain(
                    moved == 0
                            ? "No recommendation changed its rating between " + between + "."
                            : "Between " + between + ", " + Prose.count(moved, "recommendation", "recommendations")
                                    + (moved == 1 ? " changed its rating." : " changed their ratings.")));
            sentences.forEach(s -> runs.add(Run.plain(" " + s)));
            if (!notAgain.isEmpty()) {
                runs.add(Run.plain(" " + notYetAgain(notAgain)));
            }
        }
        return new Drafted(data.sha256(), List.of(new Block.Paragraph(null, runs, null)));
    }

    private static String notYetAgain(List<String> numbers) {
        return numbers.size() == 1
                ? "Recommendation " + numbers.get(0) + " has not yet been rated again."
                : "Recommendations " + Prose.list(numbers) + " have not yet been rated again.";
    }

    /** The rating as it stands in its round, carried or given; null when it has none that counts. */
    private static RatingLevel rating(Assessment a) {
        return a != null && a.isRated() ? a.level() : null;
    }

    private static String code(RatingLevel level) {
        return level == null ? "" : level.code();
    }

    private static String label(RatingLevel level) {
        return level == null ? "" : level.label();
    }

    private static String position(RatingLevel level) {
        return level == null ? "" : String.valueOf(level.position());
    }
}
