package org.stocktake.recommendations.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the register shows about recommendations from the panel's assessments, without the recommendations feature
 * depending on the assessments feature: the window supplies the implementation.
 */
public interface RecommendationInsight {

    RecommendationInsight NONE = new RecommendationInsight() {
        @Override
        public Map<UUID, RatingMark> latestRatings() {
            return Map.of();
        }

        @Override
        public List<TimelineItem> history(UUID recommendation) {
            return List.of();
        }
    };

    /** The newest rating of every rated recommendation. May be called off the FX thread. */
    Map<UUID, RatingMark> latestRatings();

    /** Every rating the recommendation has had, oldest round first. Called off the FX thread. */
    List<TimelineItem> history(UUID recommendation);

    /** The library's documents linked to the recommendation, newest first. Called off the FX thread. */
    default List<EvidenceMark> evidence(UUID recommendation) {
        return List.of();
    }

    /** Opens a document of the library at a page (from 1), as the person asked from the register. */
    default void openEvidence(long itemId, int page) {}

    /**
     * A document bearing on a recommendation: its title, its date as known, and the page the link names; or one of
     * its notes, with the note's words ({@code note} is null for a whole document).
     */
    record EvidenceMark(long itemId, String title, String when, Integer page, String note) {

        public EvidenceMark(long itemId, String title, String when, Integer page) {
            this(itemId, title, when, page, null);
        }
    }

    /** A rating as the register shows it: a coloured level with the direction of travel. */
    record RatingMark(String code, String label, String colour, String arrow, String round) {}

    /**
     * One round in a recommendation's history as first recorded: {@code rating} and {@code commentary} are the
     * original's, and {@code corrections} the later changes to the final round, oldest first.
     */
    record TimelineItem(
            LocalDate date,
            String round,
            RatingMark rating,
            String commentary,
            String by,
            boolean roundFinal,
            List<Correction> corrections) {}

    /** A change to a final round's rating, made later with its reason, by someone, on a day. */
    record Correction(RatingMark rating, String commentary, String reason, String by, LocalDate on) {}
}
