package org.stocktake.app.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.evidence.service.NoteLinks;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.ui.RecommendationInsight;

/**
 * The register's view of the assessments, and of the library's documents and notes that bear on each recommendation.
 */
final class LibraryInsight implements RecommendationInsight {

    /** A note's words as the register lists them: enough to know it, not a page of text. */
    static final int NOTE_SHOWN = 120;

    /** Opens a document of the library at a page. */
    interface Opener {
        void open(long itemId, int page);
    }

    private final RecommendationInsight assessments;
    private final RecommendationService recommendations;
    private final EvidenceService evidence;
    private final NoteLinks notes;
    private final Opener open;

    LibraryInsight(
            RecommendationInsight assessments,
            RecommendationService recommendations,
            EvidenceService evidence,
            NoteLinks notes,
            Opener open) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.notes = notes;
        this.open = open;
    }

    @Override
    public Map<UUID, RatingMark> latestRatings() {
        return assessments.latestRatings();
    }

    @Override
    public List<TimelineItem> history(UUID recommendation) {
        return assessments.history(recommendation);
    }

    @Override
    public List<EvidenceMark> evidence(UUID recommendation) {
        long id = recommendations.recommendation(recommendation).id();
        Map<Long, Integer> linked = evidence.linkedTo(id);
        List<EvidenceItem> items = new ArrayList<>();
        linked.keySet().forEach(itemId -> items.add(evidence.item(itemId)));
        items.sort(Comparator.comparing(EvidenceItem::dated, Comparator.nullsLast(Comparator.reverseOrder())));
        List<EvidenceMark> marks = new ArrayList<>();
        items.forEach(
                item -> marks.add(new EvidenceMark(item.id(), item.title(), item.dateShown(), linked.get(item.id()))));
        for (Annotation note : notes.linkedTo(id)) {
            EvidenceItem item = evidence.item(note.itemId());
            marks.add(new EvidenceMark(item.id(), item.title(), item.dateShown(), note.page(), shown(note)));
        }
        return marks;
    }

    private static String shown(Annotation note) {
        String words = (note.note().isBlank() ? note.quote() : note.note())
                .replaceAll("\\s+", " ")
                .strip();
        return words.length() <= NOTE_SHOWN ? words : words.substring(0, NOTE_SHOWN - 1) + "\u2026";
    }

    @Override
    public void openEvidence(long itemId, int page) {
        open.open(itemId, page);
    }
}
