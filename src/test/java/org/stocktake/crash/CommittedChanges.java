package org.stocktake.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Review;

/**
 * The lines {@link HeavyWriter} logged, each a change it saw committed, and what the workspace must hold for each. A
 * last line cut short by the kill was never reported committed and is passed over.
 */
final class CommittedChanges {

    private final List<String> lines;

    private CommittedChanges(List<String> lines) {
        this.lines = lines;
    }

    static CommittedChanges readFrom(Path log) throws IOException {
        if (!Files.exists(log)) {
            return new CommittedChanges(List.of());
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return new CommittedChanges(
                end < 0 ? List.of() : List.of(text.substring(0, end).split("\n")));
    }

    int size() {
        return lines.size();
    }

    /** Every logged change the workspace no longer holds, one sentence each; empty when all are there. */
    List<String> missingFrom(AppContext context) {
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            String[] part = line.split(" ");
            boolean present =
                    switch (part[0]) {
                        case "import" -> imported(context, part[1], Integer.parseInt(part[2]));
                        case "rating" ->
                            rated(context, Long.parseLong(part[1]), UUID.fromString(part[2]), Long.parseLong(part[3]));
                        case "evidence" -> stored(context, Long.parseLong(part[1]), part[2]);
                        case "annotation" ->
                            context.annotations().of(Long.parseLong(part[1])).stream()
                                    .anyMatch(a -> a.annotation().id() == Long.parseLong(part[2]));
                        case "version" ->
                            context.drafts().versions(Long.parseLong(part[1])).stream()
                                    .anyMatch(v -> v.number() == Integer.parseInt(part[2]));
                        default -> throw new IllegalStateException("Unknown log line: " + line);
                    };
            if (!present) {
                missing.add(line);
            }
        }
        return missing;
    }

    private static boolean imported(AppContext context, String code, int count) {
        Optional<Review> review = context.recommendations().findReview(code);
        return review.isPresent()
                && context.recommendations().recommendations(review.get().id()).size() == count;
    }

    /** The rating logged, or one saved after it (its mark is larger) that committed before the kill. */
    private static boolean rated(AppContext context, long roundId, UUID recommendation, long mark) {
        return context.assessments().assessments(roundId).stream()
                .filter(a -> a.recommendationUuid().equals(recommendation))
                .map(Assessment::commentary)
                .anyMatch(c -> c != null
                        && c.startsWith("Crash write ")
                        && Long.parseLong(c.substring("Crash write ".length())) >= mark);
    }

    private static boolean stored(AppContext context, long id, String sha256) {
        EvidenceItem item = context.evidence().item(id);
        return item.sha256().equals(sha256)
                && context.store().contains(sha256)
                && context.store().intact(sha256);
    }
}
