package org.stocktake.recommendations.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stocktake.recommendations.service.Recommendation;

/** The full text and notes of the selected recommendation. */
final class RecommendationDetail extends ScrollPane {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final VBox content = new VBox(12);

    private final java.util.function.BiConsumer<Long, Integer> openEvidence;

    RecommendationDetail(java.util.function.BiConsumer<Long, Integer> openEvidence) {
        this.openEvidence = openEvidence;
        setId("register-detail");
        setFitToWidth(true);
        content.setPadding(new Insets(16));
        setContent(content);
        show(null, List.of(), List.of());
    }

    /** Shows {@code r} with its history; a null history is still being read. */
    void show(
            Recommendation r,
            List<RecommendationInsight.TimelineItem> history,
            List<RecommendationInsight.EvidenceMark> evidence) {
        content.getChildren().clear();
        if (r == null) {
            Label empty = new Label("Select a recommendation to read its full text and notes.");
            empty.setWrapText(true);
            empty.getStyleClass().add("text-muted");
            content.getChildren().add(empty);
            return;
        }
        Label title = new Label("Recommendation " + r.number() + ": " + r.title());
        title.setId("detail-title");
        title.setWrapText(true);
        title.getStyleClass().add("title-3");
        content.getChildren().add(title);
        if (r.summaryOnly()) {
            Label summary = new Label("Summary in our own words, not yet checked against the source.");
            summary.setId("detail-summary-badge");
            summary.setWrapText(true);
            summary.getStyleClass().addAll("stocktake-badge", "warning");
            content.getChildren().add(summary);
        }
        content.getChildren().add(facts(r));
        content.getChildren().addAll(section("Text", r.body(), "No text recorded.", "detail-text"));
        content.getChildren().addAll(section("Notes", r.notes(), "No notes yet.", "detail-notes"));
        content.getChildren().add(evidence(evidence));
        content.getChildren().add(HistoryTimeline.of(history));
    }

    /** The documents that bear on the recommendation, each opening in the library at its page. */
    private javafx.scene.layout.VBox evidence(List<RecommendationInsight.EvidenceMark> marks) {
        VBox box = new VBox(4);
        box.setId("detail-evidence");
        Label heading = new Label("Evidence");
        heading.getStyleClass().add("title-4");
        box.getChildren().add(heading);
        if (marks == null || marks.isEmpty()) {
            Label none = new Label("No document linked yet: link one from the library.");
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            box.getChildren().add(none);
            return box;
        }
        for (RecommendationInsight.EvidenceMark mark : marks) {
            String text = (mark.note() == null ? "" : "Note: \u201c" + mark.note() + "\u201d in ")
                    + mark.title()
                    + (mark.when().isEmpty() ? "" : ", " + mark.when())
                    + (mark.page() == null ? "" : ", page " + mark.page());
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(text);
            link.setWrapText(true);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setOnAction(e -> openEvidence.accept(mark.itemId(), mark.page() == null ? 1 : mark.page()));
            box.getChildren().add(link);
        }
        return box;
    }

    private static GridPane facts(Recommendation r) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = fact(grid, row, "Review", r.reviewCode());
        row = fact(grid, row, "Theme", r.theme());
        row = fact(grid, row, "Owner", r.owner());
        row = fact(grid, row, "Priority", r.priority());
        row = fact(grid, row, "Milestone", r.milestone() == null ? null : DATE.format(r.milestone()));
        fact(grid, row, "Source", r.source().isKnown() ? r.source().describe() : null);
        return grid;
    }

    private static int fact(GridPane grid, int row, String name, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label key = new Label(name);
        key.getStyleClass().add("text-muted");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(row, key, text);
        return row + 1;
    }

    private static Label[] section(String heading, String text, String whenEmpty, String id) {
        Label head = new Label(heading);
        head.getStyleClass().add("title-4");
        Label body = new Label(text == null ? whenEmpty : text);
        body.setId(id);
        body.setWrapText(true);
        if (text == null) {
            body.getStyleClass().add("text-muted");
        }
        return new Label[] {head, body};
    }
}
