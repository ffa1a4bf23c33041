package org.stocktake.assessments.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.Icons;

/**
 * The rating scales, built-in and the user's own, with the chosen one's levels; a way to add a scale; and the choice
 * of scale a review is rated on. A refused choice is explained in the status line and changes nothing.
 */
public final class RatingScalesDialog extends Dialog<Void> {

    private final RatingScalesViewModel model;
    private final ListView<RatingScale> list = new ListView<>();
    private final TableView<RatingLevel> levels = new TableView<>();
    private final Label heading = new Label();
    private final Label description = new Label();

    public RatingScalesDialog(Window owner, ScaleService scales, RecommendationService recommendations) {
        this.model = new RatingScalesViewModel(scales, recommendations);
        initOwner(owner);
        setTitle("Rating scales");
        setHeaderText("Rating scales");
        setResizable(true);

        list.setId("scales-list");
        list.setItems(model.scales());
        list.setCellFactory(l -> new ScaleCell());
        list.setPrefWidth(190);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showScale(now));

        Button create = new Button("New scale…", Icons.of(Feather.PLUS));
        create.setId("scales-new");
        create.setOnAction(
                e -> new ScaleEditorDialog(getDialogPane().getScene().getWindow(), model::create).showAndWait());

        BorderPane body = new BorderPane();
        body.setLeft(new VBox(8, list, create));
        body.setCenter(levelsPane());
        body.setBottom(reviewPane());
        BorderPane.setMargin(body.getCenter(), new Insets(0, 0, 0, 12));
        getDialogPane().setContent(body);
        getDialogPane().setPrefSize(900, 560);
        getDialogPane().setMinSize(900, 560);
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        model.load();
        showScale(model.selectedProperty().get());
    }

    private VBox levelsPane() {
        heading.setId("scales-heading");
        heading.getStyleClass().add("title-4");
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        levels.setId("scales-levels");
        levels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Every heading shows whole; the meaning, free text, takes what is left and is whole in its tooltip.
        TableColumn<RatingLevel, String> meaning = column("Meaning", RatingLevel::meaning, 220);
        meaning.setMinWidth(120);
        meaning.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
            }
        });
        meaning.getStyleClass().add(Styles.ELIDES);
        levels.getColumns()
                .setAll(
                        fixedColumn("Code", RatingLevel::code, 70),
                        fixedColumn("Label", RatingLevel::label, 130),
                        swatchColumn(),
                        fixedColumn("Counts as rated", l -> l.countsAsRated() ? "Yes" : "No", 140),
                        meaning);
        levels.setPlaceholder(new Label("Choose a scale to see its levels."));
        VBox.setVgrow(levels, Priority.ALWAYS);
        return new VBox(6, heading, description, levels);
    }

    private VBox reviewPane() {
        ComboBox<Review> review = new ComboBox<>(model.reviews());
        review.setId("scales-review");
        review.setCellFactory(l -> new ReviewCell());
        review.setButtonCell(new ReviewCell());
        review.valueProperty().bindBidirectional(model.reviewProperty());
        review.getStyleClass().add(Styles.ELIDES);
        Tooltip reviewTip = new Tooltip();
        reviewTip
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.reviewProperty().get() == null
                                ? "The review whose scale is chosen"
                                : model.reviewProperty().get().label(),
                        model.reviewProperty()));
        review.setTooltip(reviewTip);
        ComboBox<RatingScale> choice = new ComboBox<>(model.scales());
        choice.setId("scales-choice");
        choice.setCellFactory(l -> new ScaleCell());
        choice.setButtonCell(new ScaleCell());
        choice.valueProperty().bindBidirectional(model.choiceProperty());
        Button use = new Button("Use for this review");
        use.setId("scales-use");
        use.setOnAction(e -> model.useForReview());
        Label status = new Label();
        status.setId("scales-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        // A review's title can be long: it gets the room that is left, the rest keep their natural width.
        review.setPrefWidth(320);
        review.setMinWidth(120);
        review.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(review, javafx.scene.layout.Priority.ALWAYS);
        choice.setPrefWidth(200);
        Label reviewLabel = new Label("Review");
        Label ratedOn = new Label("is rated on");
        for (javafx.scene.layout.Region fixed : new javafx.scene.layout.Region[] {reviewLabel, ratedOn, choice, use}) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(8, reviewLabel, review, ratedOn, choice, use);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, row, status);
        pane.setPadding(new Insets(12, 0, 0, 0));
        return pane;
    }

    private void showScale(RatingScale scale) {
        if (scale != null && list.getSelectionModel().getSelectedItem() != scale) {
            list.getSelectionModel().select(scale);
        }
        heading.setText(scale == null ? "" : scale.name() + (scale.builtIn() ? " (built in)" : ""));
        description.setText(scale == null || scale.description() == null ? "" : scale.description());
        levels.getItems().setAll(scale == null ? List.of() : scale.levels());
    }

    /** A column kept wide enough for its heading and the values the built-in scales give it. */
    private static TableColumn<RatingLevel, String> fixedColumn(
            String title, Function<RatingLevel, String> value, double width) {
        TableColumn<RatingLevel, String> column = column(title, value, width);
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<RatingLevel, String> column(
            String title, Function<RatingLevel, String> value, double width) {
        TableColumn<RatingLevel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** The level's colour as a swatch beside its #RRGGBB, taken from the level itself. */
    private static TableColumn<RatingLevel, RatingLevel> swatchColumn() {
        TableColumn<RatingLevel, RatingLevel> column = new TableColumn<>("Colour");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setPrefWidth(110);
        column.setMinWidth(110);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RatingLevel level, boolean empty) {
                super.updateItem(level, empty);
                if (empty || level == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.getStyleClass().add("level-swatch");
                swatch.setMinSize(18, 14);
                swatch.setStyle("-fx-background-color: " + level.colour() + "; -fx-background-radius: 3;");
                setGraphic(swatch);
                setText(level.colour());
            }
        });
        return column;
    }

    private static final class ScaleCell extends ListCell<RatingScale> {
        @Override
        protected void updateItem(RatingScale scale, boolean empty) {
            super.updateItem(scale, empty);
            setText(empty || scale == null ? null : scale.name());
        }
    }

    private static final class ReviewCell extends ListCell<Review> {
        @Override
        protected void updateItem(Review review, boolean empty) {
            super.updateItem(review, empty);
            setText(empty || review == null ? null : review.label());
        }
    }
}
