package org.stocktake.assessments.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Dashboard;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.Icons;

/**
 * The dashboard: for the chosen review, its ratings per round as stacked bars beside a theme-by-round heatmap, and
 * below them what is not moving and what the open round still lacks. It reloads each time it is shown, so ratings
 * typed elsewhere appear.
 */
public final class DashboardView extends BorderPane {

    private static final double LIST_ROWS = 4.5;
    private static final double IMAGE_SCALE = 2;

    private final DashboardViewModel model;
    private final DashboardChart chart = new DashboardChart();
    private final DashboardHeatmap heatmap = new DashboardHeatmap();

    public DashboardView(DashboardViewModel model, Runnable saveChart) {
        this.model = model;
        setId("dashboard-view");
        setTop(toolbar(saveChart));
        setCenter(content());
        model.revisionProperty().addListener((obs, old, now) -> redraw());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.load();
            }
        });
    }

    private HBox toolbar(Runnable saveChart) {
        ComboBox<Review> review = new ComboBox<>(model.reviews());
        review.setId("dashboard-review");
        review.setConverter(new StringConverter<>() {
            @Override
            public String toString(Review item) {
                return item == null ? "" : item.label();
            }

            @Override
            public Review fromString(String text) {
                throw new UnsupportedOperationException("Reviews are chosen, not typed.");
            }
        });
        review.setPromptText("Choose a review");
        review.setPrefWidth(300);
        review.setMinWidth(160);
        review.setTooltip(new Tooltip("The review whose dashboard is shown"));
        review.valueProperty().bindBidirectional(model.reviewProperty());

        Button refresh = button("Refresh", Feather.REFRESH_CW, "dashboard-refresh", "Read the ratings again");
        refresh.setOnAction(e -> model.load());
        refresh.disableProperty().bind(model.loadingProperty());

        Label status = new Label();
        status.setId("dashboard-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setAlignment(Pos.CENTER_RIGHT);

        Button save =
                button("Save chart as PNG", Feather.IMAGE, "save-chart-png", "Save the ratings chart as an image");
        save.setOnAction(e -> saveChart.run());
        save.disableProperty().bind(model.hasRoundsProperty().not());

        HBox bar = new HBox(8, review, refresh, status, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));
        return bar;
    }

    private static Button button(String text, Feather icon, String id, String tip) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private ScrollPane content() {
        Label empty = new Label();
        empty.setId("dashboard-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());

        HBox top = figures();
        HBox bottom = lists();
        top.visibleProperty().bind(model.hasRoundsProperty());
        top.managedProperty().bind(top.visibleProperty());
        bottom.visibleProperty().bind(model.hasRoundsProperty());
        bottom.managedProperty().bind(bottom.visibleProperty());

        VBox page = new VBox(12, empty, top, bottom);
        page.setPadding(new Insets(4, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("dashboard-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private HBox figures() {
        chart.setPrefSize(560, 340);
        chart.setMinSize(360, 300);
        VBox chartCard = framed(new VBox(chart));
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label heatHint = hint("The typical (middle) rating of each theme's recommendations, and how many were rated.");
        VBox heatCard = card(new Label("Themes by round"), heatHint, heatmap);
        HBox.setHgrow(chartCard, Priority.ALWAYS);
        HBox.setHgrow(heatCard, Priority.SOMETIMES);
        return new HBox(12, chartCard, heatCard);
    }

    private HBox lists() {
        ListView<Dashboard.Unmoved> unmoved = list("dashboard-unmoved", model.unmoved(), DashboardUnmovedCell.HEIGHT);
        unmoved.setCellFactory(view -> new DashboardUnmovedCell());
        String streak = DashboardService.UNMOVED_ROUNDS + " rounds or more.";
        unmoved.setPlaceholder(hint("No rating has stayed the same for " + streak));
        Label unmovedHint = hint("Recommendations whose rating has stayed the same for " + streak);
        VBox unmovedCard = card(new Label("Not moving"), unmovedHint, unmoved);

        ListView<Assessment> unassessed =
                list("dashboard-unassessed", model.unassessed(), DashboardUnassessedCell.HEIGHT);
        unassessed.setCellFactory(view -> new DashboardUnassessedCell());
        Label placeholder = hint("");
        placeholder.setId("dashboard-unassessed-empty");
        placeholder.textProperty().bind(model.unassessedEmptyProperty());
        unassessed.setPlaceholder(placeholder);
        Label heading = new Label();
        heading.setId("dashboard-open-round");
        heading.textProperty().bind(model.unassessedHeadingProperty());
        Label unassessedHint = hint("Recommendations the open round has not rated yet.");
        VBox unassessedCard = card(heading, unassessedHint, unassessed);
        HBox.setHgrow(unmovedCard, Priority.ALWAYS);
        HBox.setHgrow(unassessedCard, Priority.ALWAYS);
        unmovedCard.setPrefWidth(520);
        unassessedCard.setPrefWidth(420);
        return new HBox(12, unmovedCard, unassessedCard);
    }

    private static <T> ListView<T> list(String id, ObservableList<T> items, double rowHeight) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setFixedCellSize(rowHeight);
        list.setPrefHeight(rowHeight * LIST_ROWS + 2);
        list.setMinHeight(rowHeight * 3 + 2);
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    /** A framed panel: a heading, an optional hint, and its body. */
    private static VBox card(Label heading, Label hint, Node body) {
        heading.getStyleClass().add("title-4");
        VBox card = new VBox(6, heading);
        if (hint != null) {
            card.getChildren().add(hint);
        }
        card.getChildren().add(body);
        return framed(card);
    }

    private static <T extends Region> T framed(T region) {
        region.setPadding(new Insets(10));
        region.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        region.setMinWidth(0);
        return region;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        return hint;
    }

    private void redraw() {
        chart.show(model.columns(), model.series());
        heatmap.show(model.columns(), model.themes(), model.heat());
    }

    /**
     * The chart drawn as an image, twice its size on screen so it stays sharp in a report, and titled with the review
     * (the window shows the review in its choice box; an image on its own needs it in the title).
     */
    public WritableImage chartImage() {
        Review review = model.reviewProperty().get();
        chart.setTitle(review == null ? DashboardChart.TITLE : DashboardChart.TITLE + "\n" + review.label());
        try {
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(IMAGE_SCALE, IMAGE_SCALE));
            return chart.snapshot(parameters, null);
        } finally {
            chart.setTitle(DashboardChart.TITLE);
        }
    }

    /** Whether the dashboard shows anything worth saving. */
    public boolean hasChart() {
        return model.hasRoundsProperty().get();
    }
}
