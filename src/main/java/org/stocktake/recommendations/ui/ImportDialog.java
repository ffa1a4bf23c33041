package org.stocktake.recommendations.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportRow;
import org.stocktake.recommendations.ui.ImportViewModel.Destination;
import org.stocktake.shared.ui.ElidedText;

/**
 * Shows what a file would import, line by line, and every problem found in it. Import stays disabled until the file
 * is clean, so a bad file never writes anything. Recommendations proposed from a document are shown the same way,
 * and can be corrected or left out before they are imported.
 */
final class ImportDialog extends Dialog<ImportResult> {

    private final ImportViewModel model;
    private final TableView<ImportRow> rows = new TableView<>();
    private final ProblemList problems = new ProblemList();
    private final Label summary = new Label();
    private final PauseTransition recheck = new PauseTransition(Duration.millis(300));

    ImportDialog(Window owner, ImportViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(model.isProposal() ? "Propose recommendations from a document" : "Import recommendations");
        setHeaderText(
                model.isProposal()
                        ? "Recommendations found in " + model.sourceName()
                                + ". Correct them, or untick those to leave out."
                        : "Import recommendations from " + model.sourceName());
        setResizable(true);

        summary.setId("import-summary");
        summary.setWrapText(true);
        rows.setId("import-rows");
        rows.setPrefHeight(260);
        rows.setPlaceholder(new Label("No recommendations read."));
        rows.getColumns()
                .setAll(List.of(
                        fixed(column("Line", 56, r -> String.valueOf(r.line()))),
                        fixed(column("No.", 56, ImportRow::number)),
                        freeText(column("Theme", 160, ImportRow::theme)),
                        freeText(column("Title", 300, ImportRow::title)),
                        dateColumn()));
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());

        Region table = model.isProposal()
                ? ProposedTable.of(model, () -> {
                    model.rowsChanged();
                    recheck.playFromStart();
                })
                : rows;
        VBox content =
                new VBox(10, destinationPane(), new HBox(8, busy, summary), table, new Label("Problems"), problems);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(780);
        getDialogPane().setMinWidth(640);

        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("import-confirm");
        importButton.disableProperty().bind(model.canImportBinding().not());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.importNow(
                    result -> {
                        setResult(result);
                        close();
                    },
                    error -> summary.setText(ImportFailure.sentence("Nothing was imported", error)));
        });
        setResultConverter(button -> null);

        model.previewProperty().addListener((obs, old, now) -> show(now));
        recheck.setOnFinished(e -> model.check());
        model.destinationProperty().addListener((obs, old, now) -> model.check());
        model.existingReviewProperty().addListener((obs, old, now) -> model.check());
        model.newCodeProperty().addListener((obs, old, now) -> recheck.playFromStart());
        model.newTitleProperty().addListener((obs, old, now) -> recheck.playFromStart());
        model.check();
    }

    private GridPane destinationPane() {
        ToggleGroup group = new ToggleGroup();
        RadioButton asInFile =
                radio("Into the review the file names", Destination.AS_IN_FILE, group, "import-as-in-file");
        RadioButton existing = radio("Into an existing review", Destination.EXISTING_REVIEW, group, "import-existing");
        RadioButton fresh = radio("Into a new review", Destination.NEW_REVIEW, group, "import-new");
        asInFile.setVisible(model.fileNamesItsReview());
        asInFile.setManaged(model.fileNamesItsReview());
        existing.setDisable(model.reviews().isEmpty());
        group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData() == model.destinationProperty().get())
                .findFirst()
                .orElse(null));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.destinationProperty().set((Destination) now.getUserData());
            }
        });

        ComboBox<org.stocktake.recommendations.service.Review> review = new ComboBox<>();
        review.setId("import-review");
        review.getItems().setAll(model.reviews());
        review.setConverter(new ReviewConverter());
        review.setButtonCell(ReviewConverter.buttonCell());
        review.valueProperty().bindBidirectional(model.existingReviewProperty());
        review.disableProperty().bind(existing.selectedProperty().not());
        TextField code = new TextField();
        code.setId("import-new-code");
        code.setPromptText("short code, e.g. commissioners-2023");
        code.textProperty().bindBidirectional(model.newCodeProperty());
        TextField title = new TextField();
        title.setId("import-new-title");
        title.setPromptText("title of the review");
        title.textProperty().bindBidirectional(model.newTitleProperty());
        code.disableProperty().bind(fresh.selectedProperty().not());
        title.disableProperty().bind(fresh.selectedProperty().not());

        for (RadioButton radio : new RadioButton[] {asInFile, existing, fresh}) {
            radio.setMinWidth(Region.USE_PREF_SIZE);
        }
        review.setMaxWidth(Double.MAX_VALUE);
        code.setPrefColumnCount(16);
        code.setMinWidth(180);
        title.setMinWidth(220);
        title.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints choices = new ColumnConstraints();
        choices.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints codes = new ColumnConstraints();
        codes.setMinWidth(180);
        ColumnConstraints titles = new ColumnConstraints();
        titles.setMinWidth(220);
        titles.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(choices, codes, titles);
        grid.add(asInFile, 0, 0, 3, 1);
        grid.add(existing, 0, 1);
        grid.add(review, 1, 1, 2, 1);
        grid.addRow(2, fresh, code, title);
        return grid;
    }

    private static RadioButton radio(String text, Destination destination, ToggleGroup group, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setUserData(destination);
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }

    private void show(ImportPreview preview) {
        if (preview == null) {
            summary.setText(model.isProposal() ? "Checking the recommendations…" : "Checking the file…");
            return;
        }
        rows.getItems().setAll(preview.rows());
        problems.show(preview.problems().stream().map(ImportProblem::message).toList());
        if (preview.isClean()) {
            String into = preview.review() == null
                    ? ""
                    : (preview.reviewIsNew() ? " into the new review " : " into ")
                            + preview.review().code();
            summary.setText(preview.rows().size() + " recommendation(s) ready to import" + into + ".");
        } else {
            summary.setText(preview.problems().size() + " problem(s) found. Nothing will be imported until "
                    + (model.isProposal() ? "they are" : "the file is") + " corrected.");
        }
    }

    private static TableColumn<ImportRow, String> column(String name, double width, Function<ImportRow, String> value) {
        TableColumn<ImportRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()), "")));
        return column;
    }

    /** Titles and themes may be cut short in the preview; each cell's whole text is its tooltip. */
    private static TableColumn<ImportRow, String> freeText(TableColumn<ImportRow, String> column) {
        column.setCellFactory(c -> ElidedText.tableCell());
        return column;
    }

    /** Line numbers, numbers and dates are short: always whole, while titles and themes share what is left. */
    private static <T> TableColumn<ImportRow, T> fixed(TableColumn<ImportRow, T> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    private static TableColumn<ImportRow, LocalDate> dateColumn() {
        TableColumn<ImportRow, LocalDate> column = new TableColumn<>("Milestone");
        column.setPrefWidth(108);
        fixed(column);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().milestone()));
        return column;
    }
}
