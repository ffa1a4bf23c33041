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
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportRow;
import org.stocktake.recommendations.ui.ImportViewModel.Destination;

/**
 * Shows what a file would import, line by line, and every problem found in it. Import stays disabled until the file
 * is clean, so a bad file never writes anything.
 */
final class ImportDialog extends Dialog<ImportResult> {

    private final ImportViewModel model;
    private final TableView<ImportRow> rows = new TableView<>();
    private final ListView<String> problems = new ListView<>();
    private final Label summary = new Label();
    private final PauseTransition recheck = new PauseTransition(Duration.millis(300));

    ImportDialog(Window owner, ImportViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Import recommendations");
        setHeaderText("Import recommendations from " + model.file().getFileName());
        setResizable(true);

        summary.setId("import-summary");
        summary.setWrapText(true);
        problems.setId("import-problems");
        problems.setPrefHeight(120);
        problems.setPlaceholder(new Label("No problems found."));
        rows.setId("import-rows");
        rows.setPrefHeight(260);
        rows.setPlaceholder(new Label("No recommendations read."));
        rows.getColumns()
                .setAll(List.of(
                        column("Line", 50, r -> String.valueOf(r.line())),
                        column("No.", 50, ImportRow::number),
                        column("Theme", 160, ImportRow::theme),
                        column("Title", 320, ImportRow::title),
                        dateColumn()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());

        VBox content =
                new VBox(10, destinationPane(), new HBox(8, busy, summary), rows, new Label("Problems"), problems);
        content.setPrefWidth(720);
        getDialogPane().setContent(content);

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
                    error -> summary.setText("Nothing was imported: " + error.getMessage()));
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

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(asInFile, 0, 0, 3, 1);
        grid.addRow(1, existing, review);
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
            summary.setText("Checking the file…");
            return;
        }
        rows.getItems().setAll(preview.rows());
        problems.getItems()
                .setAll(preview.problems().stream().map(ImportProblem::message).toList());
        if (preview.isClean()) {
            String into = preview.review() == null
                    ? ""
                    : (preview.reviewIsNew() ? " into the new review " : " into ")
                            + preview.review().code();
            summary.setText(preview.rows().size() + " recommendation(s) ready to import" + into + ".");
        } else {
            summary.setText(preview.problems().size() + " problem(s) found. Nothing will be imported until the file is"
                    + " corrected.");
        }
    }

    private static TableColumn<ImportRow, String> column(String name, double width, Function<ImportRow, String> value) {
        TableColumn<ImportRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(Objects.toString(value.apply(cell.getValue()), "")));
        return column;
    }

    private static TableColumn<ImportRow, LocalDate> dateColumn() {
        TableColumn<ImportRow, LocalDate> column = new TableColumn<>("Milestone");
        column.setPrefWidth(100);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().milestone()));
        return column;
    }
}
