package org.stocktake.evidence.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.Icons;

/**
 * What the open document is: its title and file, its fields to check and correct (scrolling when room is short), and
 * below them, always in view, whether they were guessed, Copy, Save, and the recommendations it bears on.
 */
final class DocumentDetails extends VBox {

    private final EvidenceViewModel model;
    private final Label heading = new Label();
    private final Label about = new Label();
    private final Label guesses = new Label();
    private final DocumentForm form;

    DocumentDetails(
            EvidenceViewModel model,
            RecommendationLinks recommendations,
            FileDialogs files,
            Consumer<Throwable> refused) {
        this.model = model;
        this.form = new DocumentForm(model.items());
        setId("evidence-details");
        heading.setId("evidence-heading");
        heading.getStyleClass().add("title-4");
        about.setId("evidence-about");
        about.getStyleClass().add("text-muted");
        guesses.setId("evidence-guesses");
        guesses.getStyleClass().add("guess-note");
        guesses.setWrapText(true);
        guesses.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button("Save");
        save.setId("evidence-save");
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip("Save the fields as they stand; every guess counts as checked"));
        save.setOnAction(e -> save(refused));
        save.setMinWidth(Region.USE_PREF_SIZE);
        Button link = new Button("Link…", Icons.of(Feather.LINK));
        link.setId("evidence-link");
        link.setTooltip(new Tooltip("Link this document, at the page shown, to a recommendation it bears on"));
        link.setMinWidth(Region.USE_PREF_SIZE);
        link.setOnAction(e -> recommendations.choose(getScene().getWindow()).ifPresent(model::link));
        Label linked = new Label();
        linked.setId("evidence-links");
        linked.setWrapText(true);
        linked.setMinHeight(Region.USE_PREF_SIZE);
        linked.getStyleClass().add("text-muted");
        model.links().addListener((javafx.collections.ListChangeListener<Long>) change -> linked.setText(
                model.links().isEmpty()
                        ? "Not linked to any recommendation."
                        : "Bears on: "
                                + String.join(
                                        "; ",
                                        model.links().stream()
                                                .map(recommendations::describe)
                                                .toList())));
        linked.setText("Not linked to any recommendation.");
        HBox linkRow = new HBox(8, linked, link);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(linked, Priority.ALWAYS);
        linked.setMaxWidth(Double.MAX_VALUE);
        MenuButton copy = new MenuButton("Copy", Icons.of(Feather.DOWNLOAD));
        copy.setId("evidence-copy");
        copy.setTooltip(new Tooltip("Write a copy of this document, clean or with the notes"));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        MenuItem clean = new MenuItem("Clean copy…");
        clean.setId("evidence-copy-clean");
        clean.setOnAction(e -> exportCopy(files, false));
        MenuItem noted = new MenuItem("Copy with notes…");
        noted.setId("evidence-copy-notes");
        noted.setOnAction(e -> exportCopy(files, true));
        copy.getItems().setAll(clean, noted);
        HBox actions = new HBox(8, guesses, copy, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(guesses, Priority.ALWAYS);
        guesses.setMaxWidth(Double.MAX_VALUE);
        form.setPadding(new Insets(4, 0, 8, 0));
        ScrollPane fields = new ScrollPane(form);
        fields.setId("evidence-fields");
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(420);
        // The fields scroll when room is short; the heading above and the actions below stay in view.
        fields.setMinHeight(60);
        fields.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().setAll(heading, about, fields, actions, linkRow);
        setSpacing(4);
        setPadding(new Insets(0, 0, 8, 0));
    }

    void show(EvidenceItem item) {
        heading.setText(item.title());
        ElidedText.mark(heading, item.title());
        String text = item.fileName() + " \u00b7 " + item.pageCount() + (item.pageCount() == 1 ? " page" : " pages")
                + " \u00b7 " + item.textStatus().label() + " \u00b7 added by " + item.addedBy();
        about.setText(text);
        ElidedText.mark(about, text);
        guesses.setText(
                item.guessed().isEmpty()
                        ? "All fields checked by a person."
                        : "Fields marked were guessed from the text; check them and save.");
        form.show(item);
    }

    private void exportCopy(FileDialogs files, boolean withNotes) {
        String name = model.copyName(withNotes);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "txt";
        files.save(getScene().getWindow(), withNotes ? "Copy with notes" : "Clean copy", name, "Documents", extension)
                .ifPresent(target -> model.exportCopy(target, withNotes));
    }

    private void save(Consumer<Throwable> refused) {
        try {
            model.save(form.draft(), refused);
        } catch (ValidationException e) {
            refused.accept(e);
        }
    }
}
