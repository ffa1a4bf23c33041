package org.stocktake.assessments.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stocktake.shared.task.TaskRunner;

/**
 * Picks the place to cite: the library searched by words, a document chosen from what is found, and its page (the
 * page the words were found on, to start with) or the whole document.
 */
final class CitationPicker {

    /** The place chosen: a document, at a page or (null) as a whole. */
    record Pick(long itemId, Integer page) {}

    private CitationPicker() {}

    static Optional<Pick> ask(Window owner, String about, CitableLibrary library, TaskRunner tasks) {
        Dialog<Pick> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Cite evidence");
        dialog.setHeaderText("Cite a document of the library in the assessment of " + about);
        TextField words = new TextField();
        words.setId("cite-search");
        words.setPromptText("Search the library, then press Enter");
        ListView<CitableLibrary.Citable> found = new ListView<>();
        found.setId("cite-results");
        found.setPrefHeight(220);
        found.setPrefWidth(480);
        found.setPlaceholder(new Label("Nothing found: try other words."));
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CitableLibrary.Citable c, boolean empty) {
                super.updateItem(c, empty);
                setText(
                        empty || c == null
                                ? null
                                : c.label() + " (" + c.pages() + (c.pages() == 1 ? " page)" : " pages)"));
            }
        });
        Spinner<Integer> page = new Spinner<>(1, 1, 1);
        page.setId("cite-page");
        page.setEditable(true);
        page.setPrefWidth(100);
        CheckBox whole = new CheckBox("The whole document");
        whole.setId("cite-whole");
        page.disableProperty().bind(whole.selectedProperty());
        found.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                page.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                        1, Math.max(1, now.pages()), Math.max(1, Math.min(now.foundAt(), now.pages()))));
            }
        });
        Runnable search = () -> tasks.run(
                "Searching the library",
                progress -> library.find(words.getText()),
                results -> found.getItems().setAll(results),
                error -> found.setPlaceholder(new Label(error.getMessage())));
        words.setOnAction(e -> search.run());
        Label pageLabel = new Label("Page");
        pageLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox where = new HBox(8, pageLabel, page, whole);
        where.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label("The citation opens the document at this page; nothing is copied into the commentary.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, words, found, where, hint));
        dialog.getDialogPane().setId("cite-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(found.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> {
            CitableLibrary.Citable chosen = found.getSelectionModel().getSelectedItem();
            if (button != ButtonType.OK || chosen == null) {
                return null;
            }
            return new Pick(chosen.itemId(), whole.isSelected() ? null : page.getValue());
        });
        search.run();
        words.requestFocus();
        return dialog.showAndWait();
    }
}
