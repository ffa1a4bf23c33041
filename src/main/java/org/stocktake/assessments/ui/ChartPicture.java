package org.stocktake.assessments.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * The ratings chart drawn for saving: a chart of its own, laid out at one fixed size in the light theme and drawn at
 * twice that, so every saved picture is the same clean {@value #PIXEL_WIDTH} by {@value #PIXEL_HEIGHT} pixels
 * whatever the size of the window or its theme. Build and draw it on the FX thread.
 */
final class ChartPicture {

    static final int PIXEL_WIDTH = 1600;
    static final int PIXEL_HEIGHT = 900;
    private static final double SCALE = 2;

    private final DashboardChart chart = new DashboardChart();
    private final ChartLegend legend = new ChartLegend();
    private final VBox root;

    /** The chart with its title and, below it, what it is of (the review), wrapped rather than cut. */
    ChartPicture(
            String title,
            String subject,
            List<DashboardViewModel.Column> columns,
            List<DashboardViewModel.Series> series) {
        chart.setTitle(null);
        chart.show(columns, series);
        legend.show(series);
        Label heading = new Label(title);
        heading.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        Label about = new Label(subject == null ? "" : subject);
        about.setWrapText(true);
        about.setTextAlignment(TextAlignment.CENTER);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add("text-muted");
        about.setVisible(subject != null);
        about.setManaged(subject != null);
        VBox titles = new VBox(2, heading, about);
        titles.setAlignment(Pos.CENTER);
        root = new VBox(4, titles, chart, legend);
        root.setPadding(new Insets(8, 16, 12, 16));
        root.setStyle("-fx-background-color: white;");
        VBox.setVgrow(chart, Priority.ALWAYS);
        Scene scene = new Scene(root, PIXEL_WIDTH / SCALE, PIXEL_HEIGHT / SCALE);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root.applyCss();
        root.layout();
    }

    /** The picture, {@value #PIXEL_WIDTH} by {@value #PIXEL_HEIGHT} pixels. */
    WritableImage draw() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return root.snapshot(parameters, new WritableImage(PIXEL_WIDTH, PIXEL_HEIGHT));
    }

    /** Where the bars are drawn, as laid out for the picture (before scaling). */
    Bounds plotBounds() {
        Node plot = chart.lookup(".chart-plot-background");
        return plot.getBoundsInLocal();
    }

    DashboardChart chart() {
        return chart;
    }
}
