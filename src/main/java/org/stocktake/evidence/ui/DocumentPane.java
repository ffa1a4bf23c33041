package org.stocktake.evidence.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
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

/** The open document: what it is, its fields to check and correct, and its text page by page. */
final class DocumentPane extends BorderPane {

    private static final javafx.scene.input.KeyCombination FIND = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final EvidenceViewModel model;
    private final Label heading = new Label();
    private final Label about = new Label();
    private final Label guesses = new Label();
    private final DocumentForm form;
    private final DocumentText text = new DocumentText();
    private final PageView pageView = new PageView();
    private final DocumentFind find;
    private final FindBar findBar;
    private final ToggleButton asText = new ToggleButton("Text");
    private final ToggleButton asPages = new ToggleButton("Pages");
    private final NotesPane notes;
    private final VBox reading;
    private final Label empty = new Label("Choose a document to read it here.");
    private final ScrollPane fields;
    /** The fields, then the actions and links kept in view below them. */
    private final VBox header;

    DocumentPane(EvidenceViewModel model, RecommendationLinks recommendations, NoteLinking linking, FileDialogs files) {
        this.model = model;
        this.form = new DocumentForm(model.items());
        this.find = new DocumentFind(model.pages(), model.pageProperty());
        this.findBar = new FindBar(find);
        setId("evidence-document");
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
        save.setOnAction(e -> save());
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
        VBox top = new VBox(4, heading, about, form);
        top.setPadding(new Insets(0, 0, 8, 0));
        fields = new ScrollPane(top);
        fields.setFitToWidth(true);
        fields.setPrefViewportHeight(420);
        // The fields scroll when room is short, so the pages always keep at least half the pane.
        fields.maxHeightProperty()
                .bind(javafx.beans.binding.Bindings.min(
                        heightProperty().multiply(0.5), heightProperty().subtract(380)));
        header = new VBox(4, fields, actions, linkRow);
        header.setPadding(new Insets(0, 0, 8, 0));
        fields.getStyleClass().add("edge-to-edge");
        Button highlight = new Button("Highlight…", Icons.of(Feather.EDIT_3));
        highlight.setId("evidence-annotate");
        highlight.setTooltip(new Tooltip("Highlight the selected passage and add a note"));
        highlight.setMinWidth(Region.USE_PREF_SIZE);
        highlight
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> text.area().getSelectedText().isEmpty(),
                        text.area().selectedTextProperty()));
        highlight.setOnAction(e -> annotate());
        Label selectHint = new Label("Select a passage to annotate it.");
        ElidedText.mark(selectHint, "Select a passage of the text, then Highlight, to annotate it with a note.");
        selectHint.getStyleClass().add("text-muted");
        selectHint.setMinWidth(40);
        HBox.setHgrow(selectHint, Priority.ALWAYS);
        ToggleGroup showing = new ToggleGroup();
        asText.setId("evidence-show-text");
        asPages.setId("evidence-show-pages");
        asText.setToggleGroup(showing);
        asPages.setToggleGroup(showing);
        asText.setSelected(true);
        asText.setTooltip(new Tooltip("Read the text, to select and annotate it"));
        asPages.setTooltip(new Tooltip("See the pages as they look"));
        for (ToggleButton b : java.util.List.of(asText, asPages)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        showing.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                showPagesOrText();
            }
        });
        HBox textBar = new HBox(8, highlight, selectHint, asText, asPages);
        textBar.setAlignment(Pos.CENTER_LEFT);
        textBar.setPadding(new Insets(0, 0, 6, 0));
        notes = new NotesPane(model, text::select, linking, recommendations);
        VBox.setVgrow(text, Priority.ALWAYS);
        text.setMinHeight(180);
        reading = new VBox(textBar, findBar, text, notes);
        model.pages().addListener((javafx.collections.ListChangeListener<String>) change -> refreshText());
        model.marked().addListener((javafx.collections.ListChangeListener<String>) change -> {
            if (!model.marked().isEmpty()) {
                findBar.find(java.util.List.copyOf(model.marked()));
            }
        });
        find.words().addListener((javafx.collections.ListChangeListener<String>) change -> showMatches());
        find.currentProperty().addListener((obs, old, now) -> showMatches());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e) && model.openProperty().get() != null) {
                findBar.open();
                e.consume();
            }
        });
        model.annotations().addListener((javafx.collections.ListChangeListener<org.stocktake.evidence.service.Anchored>)
                change -> refreshText());
        setPadding(new Insets(8, 12, 8, 12));
        empty.getStyleClass().add("text-muted");
        model.openProperty().addListener((obs, old, now) -> show(now));
        model.pageProperty().addListener((obs, old, now) -> {
            text.showPage(now.intValue());
            pageView.showPage(now.intValue());
            find.landOn(now.intValue());
        });
        show(null);
    }

    private void show(EvidenceItem item) {
        if (item == null) {
            setTop(null);
            setCenter(empty);
            return;
        }
        setTop(header);
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
        boolean pdf = item.pdf();
        asText.setVisible(pdf);
        asPages.setVisible(pdf);
        if (!pdf) {
            asText.setSelected(true);
        }
        showPagesOrText();
        setCenter(reading);
    }

    private void exportCopy(FileDialogs files, boolean withNotes) {
        String name = model.copyName(withNotes);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "txt";
        files.save(getScene().getWindow(), withNotes ? "Copy with notes" : "Clean copy", name, "Documents", extension)
                .ifPresent(target -> model.exportCopy(target, withNotes));
    }

    /** The open PDF's pages as they look, or its text. */
    private void showPagesOrText() {
        EvidenceItem item = model.openProperty().get();
        boolean pages = asPages.isSelected() && item != null && item.pdf();
        int at = reading.getChildren().indexOf(pages ? text : pageView);
        if (at >= 0) {
            reading.getChildren().set(at, pages ? pageView : text);
            VBox.setVgrow(pages ? pageView : text, Priority.ALWAYS);
        }
        if (pages) {
            pageView.setMinHeight(180);
            long id = item.id();
            pageView.show(
                    () -> model.original(id),
                    item.fileName(),
                    Math.max(1, model.pageProperty().get()));
        }
    }

    private void refreshText() {
        text.show(model.pages(), find.words(), model.annotations());
        DocumentFind.Match at = find.currentProperty().get();
        if (at != null) {
            text.mark(find.words(), at);
        } else {
            text.showPage(model.pageProperty().get());
        }
    }

    /** The words found, marked in the text and on the pages, each view brought to the current match. */
    private void showMatches() {
        text.mark(find.words(), find.currentProperty().get());
        pageView.mark(find.words(), find.currentProperty().get());
    }

    private void annotate() {
        text.selection()
                .ifPresentOrElse(
                        passage -> NoteDialog.ask(
                                        getScene().getWindow(), text.area().getSelectedText())
                                .ifPresent(note -> model.annotate(
                                        passage.page(), passage.start(), passage.end(), note, this::refused)),
                        () -> refused(new ValidationException("Select a passage within one page to highlight it.")));
    }

    private void save() {
        try {
            model.save(form.draft(), this::refused);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private void refused(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.WARNING, error.getMessage(), ButtonType.OK);
        alert.setHeaderText("Not saved");
        alert.initOwner(getScene().getWindow());
        alert.getDialogPane().setId("evidence-not-saved");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}
