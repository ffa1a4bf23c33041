package org.stocktake.letters.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.LetterVersion;

/** The open letter's saved versions; the one selected is shown as text. */
final class VersionsPane extends BorderPane {

    VersionsPane(LettersViewModel model) {
        setId("letter-versions");
        ListView<LetterVersion> list = new ListView<>(model.versions());
        list.setId("letter-version-list");
        list.setPlaceholder(new Label("No saved versions yet."));
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(LetterVersion version, boolean empty) {
                super.updateItem(version, empty);
                setPrefWidth(0);
                String text = empty || version == null
                        ? null
                        : version.number() + ". " + version.label() + " \u2014 " + version.savedBy() + ", "
                                + version.savedAt().toLocalDate();
                setText(text);
                org.stocktake.shared.ui.ElidedText.mark(this, text);
            }
        });
        TextArea shown = new TextArea();
        shown.setId("letter-version-text");
        shown.setEditable(false);
        shown.setWrapText(true);
        list.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, now) -> shown.setText(now == null ? "" : PlainLetter.text(now.document())));
        Button save = new Button("Save version\u2026");
        save.setId("save-version");
        save.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog("Draft for the panel");
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Save version");
            ask.setHeaderText("Save the letter as it stands as a version");
            ask.setContentText("Label");
            ask.showAndWait().ifPresent(model::saveVersion);
        });
        Button template = new Button("Save as template\u2026");
        template.setId("save-template");
        template.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(getScene().getWindow());
            ask.setTitle("Save as template");
            ask.setHeaderText("Start later letters from this one");
            ask.setContentText("Template's name");
            ask.getEditor().setId("template-name");
            ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::saveAsTemplate);
        });
        VBox top = new VBox(8, new javafx.scene.layout.FlowPane(8, 8, save, template), list);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(shown);
    }

    /** What changed from the version to the letter as it stands, then the version itself. */
    private static String compared(LettersViewModel model, LetterVersion version) {
        String changes;
        try {
            org.stocktake.letters.document.LetterDiff diff = org.stocktake.letters.document.LetterDiff.between(
                    version.document(), model.editor().document());
            changes = diff.isEmpty() ? "No changes since this version." : diff.toString();
        } catch (RuntimeException e) {
            changes = "The letter as it stands cannot be compared: " + e.getMessage();
        }
        return "Changes since version " + version.number() + ":\n" + changes + "\n\nVersion " + version.number()
                + " as saved:\n\n" + PlainLetter.text(version.document());
    }
}
