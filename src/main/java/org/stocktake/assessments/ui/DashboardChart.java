package org.stocktake.assessments.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Side;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.stocktake.shared.ui.LevelColours;

/**
 * Ratings per round as stacked bars: one bar per round, one series per rated level of the scale in the level's own
 * colour, then the not assessed remainder in grey. The colours go into a style sheet of the chart's own, keyed by
 * series, so the bars and the legend's symbols both take them, and bars the chart re-creates keep them.
 */
final class DashboardChart extends StackedBarChart<String, Number> {

    static final String TITLE = "Ratings by round";

    private final CategoryAxis rounds;
    private final NumberAxis count;

    DashboardChart() {
        this(new CategoryAxis(), new NumberAxis());
    }

    private DashboardChart(CategoryAxis rounds, NumberAxis count) {
        super(rounds, count);
        this.rounds = rounds;
        this.count = count;
        setId("dashboard-ratings-chart");
        setAnimated(false);
        // The key is a ChartLegend beside the chart: the built-in one took the plot's height when it wrapped.
        setLegendVisible(false);
        setLegendSide(Side.BOTTOM);
        setCategoryGap(36);
        setTitle(TITLE);
        setStyle("-fx-background-color: -color-bg-default; -fx-padding: 8;");
        count.setLabel("Recommendations");
        count.setAutoRanging(false);
        count.setLowerBound(0);
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
    }

    /** Draws the rounds in {@code columns} with the counts of each series. */
    void show(List<DashboardViewModel.Column> columns, List<DashboardViewModel.Series> series) {
        List<String> labels =
                columns.stream().map(DashboardViewModel.Column::label).toList();
        getData().clear();
        rounds.setCategories(FXCollections.observableArrayList(labels));
        int highest = 0;
        for (int i = 0; i < labels.size(); i++) {
            int total = 0;
            for (DashboardViewModel.Series s : series) {
                total += s.counts().get(i);
            }
            highest = Math.max(highest, total);
        }
        int unit = Math.max(1, (int) Math.ceil(highest / 10.0));
        count.setTickUnit(unit);
        count.setUpperBound(Math.max(unit, (int) Math.ceil(highest / (double) unit) * unit));

        getStylesheets().setAll(styleSheet(series));
        List<XYChart.Series<String, Number>> drawn = new ArrayList<>();
        for (DashboardViewModel.Series s : series) {
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(s.name());
            for (int i = 0; i < labels.size(); i++) {
                bars.getData().add(new XYChart.Data<>(labels.get(i), s.counts().get(i)));
            }
            drawn.add(bars);
        }
        getData().setAll(drawn);
        for (int k = 0; k < drawn.size(); k++) {
            explain(drawn.get(k), series.get(k), columns);
        }
    }

    /** A tooltip on each bar, e.g. "Limited: 5 in Interim assessment". */
    private static void explain(
            XYChart.Series<String, Number> bars, DashboardViewModel.Series s, List<DashboardViewModel.Column> columns) {
        for (int i = 0; i < bars.getData().size(); i++) {
            XYChart.Data<String, Number> item = bars.getData().get(i);
            String text =
                    s.name() + ": " + item.getYValue() + " in " + columns.get(i).title();
            if (item.getNode() != null) {
                Tooltip.install(item.getNode(), new Tooltip(text));
            }
        }
    }

    /** A style sheet colouring series {@code n} (its bars and its legend symbol) with the n-th series' colour. */
    static String styleSheet(List<DashboardViewModel.Series> series) {
        StringBuilder css = new StringBuilder();
        for (int n = 0; n < series.size(); n++) {
            String colour = LevelColours.css(series.get(n).colour());
            css.append(".chart-bar.series")
                    .append(n)
                    .append(" { -fx-bar-fill: ")
                    .append(colour)
                    .append("; -fx-background-color: ")
                    .append(colour)
                    .append("; }\n");
        }
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }
}
