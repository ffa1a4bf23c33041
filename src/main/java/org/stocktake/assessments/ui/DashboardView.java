package org.stocktake.assessments.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.Icons;

/**
 * The dashboard: for the chosen review, its ratings per round as stacked bars, a theme-by-round heatmap, and what is
 * not moving and what the open round still lacks. Where the chart keeps enough width beside the heatmap they sit side
 * by side; otherwise they stack, so the chart keeps a readable plot and every round's label. It reloads each time it is shown, so ratings typed
 * elsewhere appear.
 */
public final class DashboardView extends BorderPane {

    /**
     * The chart goes beside the heatmap only when it still gets this much width, and more for each round, so its
     * round labels never overlap (the axis then drops every other one).
     */
    static final double CHART_MIN_WIDTH = 500;

    private static final double WIDTH_PER_ROUND = 140;
    private static final double AXIS_WIDTH = 100;

    private static final double CHART_HEIGHT = 380;

    private final DashboardViewModel model;
    private final DashboardChart chart = new DashboardChart();
    private final ChartLegend legend = new ChartLegend();
    private final DashboardHeatmap heatmap = new DashboardHeatmap();
    private final VBox chartCard;
    private final VBox heatCard;
    private final DashboardLists lists;
    private final VBox page = new VBox(12);
    private Boolean sideBySide;

    public DashboardView(DashboardViewModel model, Runnable saveChart) {
        this.model = model;
        setId("dashboard-view");
        getStylesheets().add(Styles.SHEET);
        chartCard = chartCard();
        heatCard = heatCard();
        lists = new DashboardLists(model);
        setTop(toolbar(saveChart));
        setCenter(content());
        setBottom(statusLine());
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
        review.promptTextProperty()
                .bind(Bindings.when(model.loadingProperty()).then("Loading…").otherwise("Choose a review"));
        review.setPrefWidth(360);
        review.setMinWidth(140);
        review.setMaxWidth(480);
        HBox.setHgrow(review, Priority.ALWAYS);
        // A review's title can be long: the box gives way and the whole title is in the tooltip.
        review.getStyleClass().add(Styles.ELIDES);
        Tooltip tip = new Tooltip();
        tip.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.reviewProperty().get() == null
                                ? "The review whose dashboard is shown"
                                : model.reviewProperty().get().label(),
                        model.reviewProperty()));
        review.setTooltip(tip);
        review.valueProperty().bindBidirectional(model.reviewProperty());

        Button refresh = button("Refresh", Feather.REFRESH_CW, "dashboard-refresh", "Read the ratings again");
        refresh.setOnAction(e -> model.load());
        refresh.disableProperty().bind(model.loadingProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        Button save = button(
                "Save chart as PNG",
                Feather.IMAGE,
                "save-chart-png",
                "Save the ratings chart as a " + ChartPicture.PIXEL_WIDTH + " by " + ChartPicture.PIXEL_HEIGHT
                        + " pixel image");
        save.setOnAction(e -> saveChart.run());
        save.disableProperty().bind(model.hasRoundsProperty().not());

        HBox bar = new HBox(8, review, refresh, spacer, save);
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

    /** Below the page, where saving and loading report back; it wraps rather than cut a sentence short. */
    private Label statusLine() {
        Label status = new Label();
        status.setId("dashboard-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setPadding(new Insets(6, 12, 6, 12));
        status.setStyle("-fx-border-color: -color-border-default transparent transparent transparent;");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        return status;
    }

    private ScrollPane content() {
        Label empty = new Label();
        empty.setId("dashboard-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.textProperty().bind(model.emptyMessageProperty());
        empty.visibleProperty().bind(model.emptyMessageProperty().isNotEmpty());
        empty.managedProperty().bind(empty.visibleProperty());
        for (Region part : new Region[] {chartCard, heatCard, lists}) {
            part.visibleProperty().bind(model.hasRoundsProperty());
            part.managedProperty().bind(part.visibleProperty());
        }
        page.setPadding(new Insets(4, 12, 12, 12));
        page.getChildren().setAll(empty);
        page.widthProperty().addListener((obs, old, now) -> arrange());
        arrange();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("dashboard-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Chart and heatmap side by side when there is room, else one above the other; the lists always below. */
    private void arrange() {
        double needed =
                Math.max(CHART_MIN_WIDTH, WIDTH_PER_ROUND * (model.columns().size() + 1));
        double left = page.getWidth()
                - page.getPadding().getLeft()
                - page.getPadding().getRight()
                - heatCard.prefWidth(-1)
                - 12;
        boolean wide = page.getWidth() > 0 && left >= needed;
        if (sideBySide != null && sideBySide == wide) {
            return;
        }
        sideBySide = wide;
        Node empty = page.getChildren().get(0);
        if (wide) {
            HBox figures = new HBox(12, chartCard, heatCard);
            HBox.setHgrow(chartCard, Priority.ALWAYS);
            HBox.setHgrow(heatCard, Priority.NEVER);
            page.getChildren().setAll(empty, figures, lists);
        } else {
            HBox heatRow = new HBox(heatCard);
            page.getChildren().setAll(empty, chartCard, heatRow, lists);
        }
    }

    private VBox chartCard() {
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT - 40);
        chart.setMinWidth(360);
        DashboardCard card = new DashboardCard(chart, legend);
        card.setId("dashboard-chart-card");
        VBox.setVgrow(chart, Priority.ALWAYS);
        return card;
    }

    private VBox heatCard() {
        Label hint = DashboardCard.hint(
                "The typical (middle) rating of each theme's recommendations, and how many were rated.");
        hint.setMaxWidth(380);
        DashboardCard card = DashboardCard.of(DashboardCard.heading("Themes by round"), hint, heatmap);
        card.setMinWidth(Region.USE_PREF_SIZE);
        card.setMaxWidth(Region.USE_PREF_SIZE);
        return card;
    }

    private void redraw() {
        chart.show(model.columns(), model.series());
        legend.show(model.series());
        heatmap.show(model.columns(), model.themes(), model.heat());
        arrange();
    }

    /**
     * The chart drawn afresh for saving, titled with the review (the window shows the review in its choice box; a
     * picture on its own needs it in the title), at the same size whatever the window's.
     */
    ChartPicture chartPicture() {
        Review review = model.reviewProperty().get();
        return new ChartPicture(
                DashboardChart.TITLE, review == null ? null : review.label(), model.columns(), model.series());
    }

    /** Whether the dashboard shows anything worth saving. */
    public boolean hasChart() {
        return model.hasRoundsProperty().get();
    }
}
