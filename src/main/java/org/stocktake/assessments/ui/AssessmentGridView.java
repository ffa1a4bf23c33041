package org.stocktake.assessments.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.Icons;

/** The assessment grid: which review and round, the banner of a final round, the grid itself and a status line. */
public final class AssessmentGridView extends BorderPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final AssessmentGridViewModel model;
    private final AssessmentActions actions;
    private final AssessmentTable table;
    private final Label status = new Label();
    private final VBox bottom = new VBox();

    AssessmentGridView(AssessmentGridViewModel model, AssessmentActions actions) {
        this.model = model;
        this.actions = actions;
        this.table = new AssessmentTable(model);
        setId("assessment-view");
        GridKeys.install(table, model);
        getStylesheets().add(Styles.SHEET);
        setTop(new VBox(toolbar(), new FinalRoundBanner(model, actions)));
        setCenter(table);
        setBottom(bottom);
        bottom.getChildren().setAll(new ProposalPane(model), new CorrectionPane(model), statusLine());
        // The diamond marking rows with proposals waiting follows the proposals as they are read or decided.
        model.proposals().all().addListener((ListChangeListener<ProposedRating>) change -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
    }

    /** Shows the selected row's citations under the grid, above the correction pane. */
    void showCitations(CitationBar citations) {
        bottom.getChildren().add(0, citations);
    }

    private ToolbarRows toolbar() {
        ComboBox<Review> review =
                choice("assess-review", "The review whose recommendations are assessed", r -> r.label());
        review.setItems(model.reviews());
        sync(review, model.reviewProperty());
        // A review's title can be long: it takes the room left over and is whole in the tooltip.
        review.setPrefWidth(260);
        review.setMinWidth(160);
        review.setMaxWidth(720);
        HBox.setHgrow(review, Priority.ALWAYS);
        review.getStyleClass().add(Styles.ELIDES);
        review.getTooltip()
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.reviewProperty().get() == null
                                ? "The review whose recommendations are assessed"
                                : model.reviewProperty().get().label(),
                        model.reviewProperty()));

        ComboBox<AssessmentRound> round = choice("assess-round", "The round shown in the grid", RoundText::label);
        round.setItems(model.rounds());
        sync(round, model.roundProperty());
        round.setMinWidth(Region.USE_PREF_SIZE); // the round's title, date and status always show whole

        Label progress = new Label();
        progress.setId("assess-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.getStyleClass().addAll("stocktake-badge", "text-muted");
        progress.setMinWidth(Region.USE_PREF_SIZE);

        Button undo = button(null, Feather.CORNER_UP_LEFT, "assess-undo", "Undo the last change (Ctrl+Z)");
        undo.setOnAction(e -> model.edits().undo());
        undo.disableProperty().bind(model.edits().undoStack().canUndoProperty().not());
        undo.getTooltip()
                .textProperty()
                .bind(Bindings.concat("Undo ", model.edits().undoStack().undoDescriptionProperty(), " (Ctrl+Z)"));
        Button redo = button(null, Feather.CORNER_UP_RIGHT, "assess-redo", "Redo the change undone (Ctrl+Shift+Z)");
        redo.setOnAction(e -> model.edits().redo());
        redo.disableProperty().bind(model.edits().undoStack().canRedoProperty().not());
        Button create = button("New round…", Feather.PLUS, "new-round", "Open a new round, copying forward the last");
        create.setOnAction(e -> actions.newRound());
        create.disableProperty().bind(model.reviewProperty().isNull().or(model.workingProperty()));
        Button finalise =
                button("Finalise round", Feather.LOCK, "finalise-round", "Make this round final and read-only");
        finalise.setOnAction(e -> actions.finaliseRound());
        finalise.disableProperty().bind(model.readOnlyProperty().or(model.workingProperty()));

        HBox choices = new HBox(8, review, round, progress);
        choices.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, undo, redo, create, finalise);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return new ToolbarRows(choices, buttons);
    }

    private static <T> ComboBox<T> choice(String id, String tip, Callback<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        Callback<ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.call(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        return box;
    }

    private static Button button(String text, Feather icon, String id, String tip) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Label statusLine() {
        status.setId("assess-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setPadding(new Insets(6, 12, 6, 12));
        status.setStyle("-fx-border-color: -color-border-default transparent transparent transparent;");
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !model.statusProperty().get().isEmpty()
                                ? model.statusProperty().get()
                                : hint(),
                        model.statusProperty(),
                        model.readOnlyProperty(),
                        model.scaleProperty()));
        return status;
    }

    private String hint() {
        if (model.readOnlyProperty().get() || model.scaleProperty().get() == null) {
            return "";
        }
        return "Rating: type " + RoundText.levelKeys(model.scaleProperty().get())
                + ". Direction: I, S or D. Space confirms a carried row. Tab moves across, Enter edits the commentary."
                + " Each change is saved at once.";
    }

    private void undoKeys(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return; // a text field undoes its own typing
        }
        if (UNDO.match(event)) {
            model.edits().undo();
        } else if (REDO.match(event) || REDO_ALT.match(event)) {
            model.edits().redo();
        } else {
            return;
        }
        event.consume();
    }

    AssessmentTable table() {
        return table;
    }

    /** Redraws the rows, e.g. after a refused edit, so the grid shows what is stored. */
    void redraw() {
        table.refresh();
    }

    /**
     * Keeps a choice box and the model's choice in step both ways. When the box's items are replaced (a reload), the
     * box's own list clears its value after every other listener has run; a box emptied that way while the model
     * still has a choice is put back at once, and never clears the model's choice.
     */
    private static <T> void sync(ComboBox<T> box, ObjectProperty<T> chosen) {
        boolean[] busy = {false};
        Runnable show = () -> {
            busy[0] = true;
            try {
                box.setValue(chosen.get());
            } finally {
                busy[0] = false;
            }
        };
        show.run();
        chosen.addListener((obs, old, now) -> show.run());
        box.getItems().addListener((ListChangeListener<T>) change -> show.run());
        box.valueProperty().addListener((obs, old, now) -> {
            if (busy[0]) {
                return;
            }
            if (now != null) {
                chosen.set(now);
            } else if (chosen.get() != null) {
                Platform.runLater(() -> {
                    if (box.getValue() == null) {
                        show.run();
                    }
                });
            }
        });
    }
}
