package org.stocktake.assessments.ui;

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
import org.stocktake.assessments.service.Assessment;

/** A recommendation the open round has not rated yet: its number and title, with its theme below. */
final class DashboardUnassessedCell extends ListCell<Assessment> {

    static final double HEIGHT = DashboardUnmovedCell.HEIGHT;
    private static final double PADDING = 24;

    DashboardUnassessedCell() {
        // Cells as wide as the list, never wider, so long titles are cut with an ellipsis instead of scrolling.
        setPrefWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Titles are free text and may be cut short; the whole entry is in the tooltip.
        getStyleClass().add(Styles.ELIDES);
    }

    @Override
    protected void updateItem(Assessment item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label number = new Label(item.number());
        number.getStyleClass().add("text-bold");
        number.setMinWidth(28);
        Label title = new Label(item.title());
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        Label theme = new Label(item.theme() == null ? "No theme" : item.theme());
        theme.getStyleClass().addAll("text-muted", "text-small");
        theme.setTextOverrun(OverrunStyle.ELLIPSIS);
        theme.setMinWidth(0);
        VBox text = new VBox(2, title, theme);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, number, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMaxWidth(Region.USE_PREF_SIZE);
        row.prefWidthProperty().bind(widthProperty().subtract(PADDING));
        setGraphic(row);
        setTooltip(new Tooltip(
                item.number() + " " + item.title() + " (" + (item.theme() == null ? "No theme" : item.theme()) + ")"));
    }
}
