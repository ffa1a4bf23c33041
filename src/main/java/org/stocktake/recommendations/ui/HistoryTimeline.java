package org.stocktake.recommendations.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.stocktake.recommendations.ui.RecommendationInsight.Correction;
import org.stocktake.recommendations.ui.RecommendationInsight.RatingMark;
import org.stocktake.recommendations.ui.RecommendationInsight.TimelineItem;

/**
 * A recommendation's ratings round by round, newest first. A final round's rating is shown as first given, with each
 * later correction beside it: the new rating, its reason, who made it and when, so nothing is silently overwritten.
 */
final class HistoryTimeline {

    private HistoryTimeline() {}

    /** The history section; a null history is still being read. */
    static VBox of(List<TimelineItem> history) {
        VBox box = new VBox(10);
        box.setId("detail-history");
        Label head = new Label("History");
        head.getStyleClass().add("title-4");
        box.getChildren().add(head);
        if (history == null || history.isEmpty()) {
            Label none = new Label(history == null ? "Reading the history…" : "Not yet assessed in any round.");
            none.setId("history-empty");
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            box.getChildren().add(none);
            return box;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            box.getChildren().add(item(history.get(i)));
        }
        return box;
    }

    private static VBox item(TimelineItem item) {
        Label round = wrapped(item.round() + ", " + RecommendationDetail.DATE.format(item.date())
                + (item.roundFinal() ? "" : " (draft)"));
        round.getStyleClass().add("timeline-round");
        VBox entry = new VBox(2, round, rating(item.rating(), item.corrections().isEmpty() ? "" : " (as first given)"));
        entry.getStyleClass().add("timeline-item");
        if (item.commentary() != null) {
            entry.getChildren().add(wrapped(item.commentary()));
        }
        if (item.by() != null) {
            Label by = wrapped("by " + item.by());
            by.getStyleClass().add("text-muted");
            entry.getChildren().add(by);
        }
        for (Correction correction : item.corrections()) {
            entry.getChildren().add(correction(correction));
        }
        return entry;
    }

    private static VBox correction(Correction c) {
        String when = c.on() == null ? "" : " on " + RecommendationDetail.DATE.format(c.on());
        Label heading = wrapped("Corrected" + when + (c.by() == null ? "" : " by " + c.by()));
        heading.getStyleClass().add("text-bold");
        VBox box = new VBox(2, heading, rating(c.rating(), ""));
        if (c.commentary() != null) {
            box.getChildren().add(wrapped(c.commentary()));
        }
        Label reason = wrapped("Reason: " + c.reason());
        reason.getStyleClass().add("text-muted");
        box.getChildren().add(reason);
        box.getStyleClass().add("timeline-correction");
        box.setPadding(new Insets(4, 0, 4, 10));
        VBox.setMargin(box, new Insets(4, 0, 0, 4));
        return box;
    }

    private static HBox rating(RatingMark mark, String note) {
        Label chip = RatingChip.of(mark);
        Label label = wrapped((mark == null ? "No rating" : mark.label()) + note);
        HBox line = new HBox(8, chip, label);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
