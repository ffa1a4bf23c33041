package org.stocktake.assessments.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.stocktake.shared.ui.LevelColours;

/**
 * The ratings chart's key: a swatch and a name per series, flowing onto as many lines as the width needs. The chart's
 * own legend laid its entries out in equal tiles, one per line when narrow, and took the plot's height for it.
 */
final class ChartLegend extends FlowPane {

    ChartLegend() {
        setId("dashboard-chart-legend");
        setHgap(14);
        setVgap(4);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    void show(List<DashboardViewModel.Series> series) {
        getChildren().clear();
        for (DashboardViewModel.Series s : series) {
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setStyle("-fx-background-color: " + LevelColours.css(s.colour()) + "; -fx-background-radius: 2;");
            Label entry = new Label(s.name(), swatch);
            entry.getStyleClass().add("dashboard-legend-entry");
            entry.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(entry);
        }
    }
}
