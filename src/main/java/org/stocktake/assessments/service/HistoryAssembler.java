package org.stocktake.assessments.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns stored assessments into history entries, in the order of their rounds' dates. */
final class HistoryAssembler {

    private static final Comparator<HistoryEntry> BY_ROUND = Comparator.comparing(
                    (HistoryEntry e) -> e.round().heldOn())
            .thenComparing(e -> e.round().id());

    private final RatingScale scale;

    HistoryAssembler(RatingScale scale) {
        this.scale = scale;
    }

    List<HistoryEntry> assemble(List<StoredAssessment> stored, Map<Long, AssessmentRound> rounds) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (StoredAssessment a : stored) {
            AssessmentRound round = rounds.get(a.roundId());
            if (round != null) {
                entries.add(entry(a, round));
            }
        }
        entries.sort(BY_ROUND);
        return entries;
    }

    Map<UUID, HistoryEntry> latest(
            List<StoredAssessment> stored, Map<Long, AssessmentRound> rounds, Map<Long, UUID> recommendations) {
        Map<UUID, HistoryEntry> latest = new HashMap<>();
        for (StoredAssessment a : stored) {
            UUID recommendation = recommendations.get(a.recommendationId());
            AssessmentRound round = rounds.get(a.roundId());
            if (recommendation == null || round == null || a.current().levelId() == null) {
                continue;
            }
            HistoryEntry entry = entry(a, round);
            latest.merge(recommendation, entry, (x, y) -> BY_ROUND.compare(x, y) >= 0 ? x : y);
        }
        return latest;
    }

    HistoryEntry entry(StoredAssessment a, AssessmentRound round) {
        List<HistoryEntry.Correction> corrections = a.corrections().stream()
                .map(c -> new HistoryEntry.Correction(
                        level(c.levelId()),
                        c.direction(),
                        c.commentary(),
                        c.reason(),
                        c.correctedBy(),
                        c.correctedAt()))
                .toList();
        return new HistoryEntry(
                round, level(a.levelId()), a.direction(), a.commentary(), a.assessor(), a.assessedAt(), corrections);
    }

    private RatingLevel level(Long id) {
        return id == null ? null : scale.levelById(id).orElse(null);
    }
}
