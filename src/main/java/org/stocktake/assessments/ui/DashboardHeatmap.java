package org.stocktake.assessments.ui;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.stocktake.shared.ui.LevelColours;

/**
 * Themes down, rounds across: each cell filled with the colour of the theme's typical level in the round and labelled
 * with that level's code and how many of the theme's recommendations were rated. Cells with nothing rated are neutral.
 */
final class DashboardHeatmap extends GridPane {

    private static final double THEME_WIDTH = 170;
    private static final double CELL_WIDTH = 84;
    private static final double CELL_HEIGHT = 46;
    private static final int HEADING_CHARACTERS = 12;

    DashboardHeatmap() {
        setId("dashboard-heatmap");
        setHgap(4);
        setVgap(4);
    }

    void show(List<DashboardViewModel.Column> columns, List<String> themes, List<DashboardViewModel.HeatEntry> heat) {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints themeColumn = new ColumnConstraints(110, THEME_WIDTH, THEME_WIDTH);
        getColumnConstraints().add(themeColumn);
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints round = new ColumnConstraints(Region.USE_COMPUTED_SIZE, CELL_WIDTH, 160);
            round.setHgrow(Priority.SOMETIMES);
            round.setHalignment(HPos.CENTER);
            getColumnConstraints().add(round);
            DashboardViewModel.Column column = columns.get(c);
            String full = column.title() + (column.date().isEmpty() ? "" : "\n" + column.date());
            // Broken between words by us, never wrapped by the label, which broke words ("Twelve-mont / h").
            Label heading =
                    new Label(headingLines(column.title()) + (column.date().isEmpty() ? "" : "\n" + column.date()));
            heading.getStyleClass().addAll("text-small", "text-muted", "dashboard-heat-heading");
            heading.setTextAlignment(TextAlignment.CENTER);
            heading.setAlignment(Pos.BOTTOM_CENTER);
            heading.setMinWidth(Region.USE_PREF_SIZE);
            heading.setMinHeight(Region.USE_PREF_SIZE);
            heading.setMaxWidth(Double.MAX_VALUE);
            heading.setTooltip(new Tooltip(full.replace('\n', ' ')));
            add(heading, c + 1, 0);
            GridPane.setValignment(heading, VPos.BOTTOM);
        }
        for (int r = 0; r < themes.size(); r++) {
            Label theme = new Label(themes.get(r));
            theme.setWrapText(true);
            theme.setMaxWidth(THEME_WIDTH);
            theme.setMinHeight(Region.USE_PREF_SIZE);
            add(theme, 0, r + 1);
            for (int c = 0; c < columns.size(); c++) {
                add(emptyTile(), c + 1, r + 1);
            }
        }
        for (DashboardViewModel.HeatEntry entry : heat) {
            getChildren()
                    .removeIf(n -> GridPane.getRowIndex(n) == entry.row() + 1
                            && GridPane.getColumnIndex(n) == entry.column() + 1);
            add(tile(entry), entry.column() + 1, entry.row() + 1);
        }
    }

    /** A round's title over lines of about {@value #HEADING_CHARACTERS} characters, broken only between words. */
    static String headingLines(String title) {
        StringBuilder lines = new StringBuilder();
        int lineLength = 0;
        for (String word : title.strip().split("\\s+")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > HEADING_CHARACTERS) {
                lines.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                lines.append(' ');
                lineLength++;
            }
            lines.append(word);
            lineLength += word.length();
        }
        return lines.toString();
    }

    private static Label tile(DashboardViewModel.HeatEntry entry) {
        Label tile = baseTile();
        tile.getStyleClass().add("dashboard-heat-cell");
        if (entry.typical() == null) {
            tile.setText("–\n" + entry.countText());
            tile.setStyle(neutral());
            tile.setTooltip(new Tooltip(entry.theme() + " in " + entry.round() + ": nothing rated yet (" + entry.total()
                    + " recommendations)"));
        } else {
            tile.setText(entry.typical().code() + "\n" + entry.countText());
            tile.setStyle(LevelColours.filled(entry.typical().colour()) + " -fx-background-radius: 4;");
            tile.setTooltip(new Tooltip(entry.theme() + " in " + entry.round() + ": typically "
                    + entry.typical().label() + " (" + entry.rated() + " of " + entry.total() + " rated)"));
        }
        tile.setAccessibleText(tile.getTooltip().getText());
        return tile;
    }

    private static Label emptyTile() {
        Label tile = baseTile();
        tile.setStyle(neutral());
        return tile;
    }

    private static Label baseTile() {
        Label tile = new Label();
        tile.setAlignment(Pos.CENTER);
        tile.setTextAlignment(TextAlignment.CENTER);
        tile.setMinSize(64, CELL_HEIGHT);
        tile.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
        tile.setMaxSize(Double.MAX_VALUE, CELL_HEIGHT);
        return tile;
    }

    private static String neutral() {
        return "-fx-background-color: -color-bg-subtle; -fx-border-color: -color-border-muted;"
                + " -fx-background-radius: 4; -fx-border-radius: 4; -fx-text-fill: -color-fg-muted;";
    }
}
