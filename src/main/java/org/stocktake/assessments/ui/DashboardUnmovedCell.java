package org.stocktake.assessments.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stocktake.assessments.service.Dashboard;

/** A recommendation that is not moving: number, title, its level as a chip, since when and for how many rounds. */
final class DashboardUnmovedCell extends ListCell<Dashboard.Unmoved> {

    static final double HEIGHT = 46;
    private static final double PADDING = 24;

    DashboardUnmovedCell() {
        // Cells as wide as the list, never wider, so long titles are cut with an ellipsis instead of scrolling.
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Titles are free text and may be cut short; the whole entry is in the tooltip.
        getStyleClass().add(Styles.ELIDES);
    }

    @Override
    protected void updateItem(Dashboard.Unmoved item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        Label number = new Label(item.number());
        number.getStyleClass().add("text-bold");
        number.setMinWidth(28);

        Label title = new Label(item.title());
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        Label since = new Label("same since " + item.since());
        since.getStyleClass().addAll("text-muted", "text-small");
        since.setMinWidth(0);
        HBox detail = new HBox(8, new DashboardLevelChip(item.level()), since);
        detail.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(2, title, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Label rounds = new Label(item.rounds() + " rounds");
        rounds.getStyleClass().add("text-muted");
        rounds.setMinWidth(Region.USE_PREF_SIZE);

        HBox row = new HBox(8, number, text, rounds);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(0, 4, 0, 0));
        row.setMaxWidth(Region.USE_PREF_SIZE);
        row.prefWidthProperty().bind(widthProperty().subtract(PADDING));
        setGraphic(row);
        setTooltip(new Tooltip(item.number() + " " + item.title() + ": "
                + item.level().label() + " for " + item.rounds() + " rounds, the same since " + item.since()));
        setAccessibleText(item.number() + " " + item.title() + ": "
                + item.level().label() + " for " + item.rounds() + " rounds, since " + item.since());
    }
}
