package org.stocktake.evidence.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.Icons;

/** The open document: what it is, its fields to check and correct, and its text page by page. */
final class DocumentPane extends BorderPane {

    private final EvidenceViewModel model;
    private final DocumentText text = new DocumentText();
    private final PageView pageView = new PageView();
    private final DocumentFind find;
    private final FindBar findBar;
    private final ToggleButton asText = new ToggleButton("Text");
    private final ToggleButton asPages = new ToggleButton("Pages");
    private final NotesPane notes;
    private final VBox reading;
    private final Label empty = new Label("Choose a document to read it here.");
    private final DocumentDetails details;
    /** The details above the reader, the divider between them the person's to move. */
    private final SplitPane split;

    private boolean dividerPlaced;

    DocumentPane(EvidenceViewModel model, RecommendationLinks recommendations, NoteLinking linking, FileDialogs files) {
        this.model = model;
        this.find = new DocumentFind(model.pages(), model.pageProperty());
        this.findBar = new FindBar(find);
        setId("evidence-document");
        details = new DocumentDetails(model, recommendations, files, this::refused);
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
        reading.setPadding(new Insets(8, 0, 0, 0));
        split = new SplitPane(details, reading);
        split.setId("evidence-document-split");
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.getStyleClass().add("edge-to-edge");
        split.heightProperty().addListener((obs, old, now) -> placeDivider(now.doubleValue()));
        model.annotations().addListener((javafx.collections.ListChangeListener<Anchored>) change -> placeNotes());
        model.pages().addListener((javafx.collections.ListChangeListener<String>) change -> refreshText());
        model.marked().addListener((javafx.collections.ListChangeListener<String>) change -> {
            if (!model.marked().isEmpty()) {
                findBar.find(java.util.List.copyOf(model.marked()));
            }
        });
        find.words().addListener((javafx.collections.ListChangeListener<String>) change -> showMatches());
        find.currentProperty().addListener((obs, old, now) -> showMatches());
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

    /** Opens find in the open document, the cursor in its field; false when no document is open. */
    boolean openFind() {
        if (model.openProperty().get() == null) {
            return false;
        }
        findBar.open();
        return true;
    }

    private void show(EvidenceItem item) {
        if (item == null) {
            setCenter(empty);
            return;
        }
        details.show(item);
        boolean paged = item.pdf() || item.picture();
        asText.setVisible(paged);
        asPages.setVisible(paged);
        // A picture is first seen as it is; its text, as recognised, is a toggle away.
        ToggleButton first = item.picture() ? asPages : item.pdf() ? null : asText;
        if (first != null && !first.isSelected()) {
            first.setSelected(true); // shows it
        } else {
            showPagesOrText();
        }
        setCenter(split);
    }

    /**
     * Notes, when there are some, get a part of the pane of their own below the reader, its divider the person's to
     * move; with none, only their folded heading shows under the reader.
     */
    private void placeNotes() {
        boolean some = !model.annotations().isEmpty();
        boolean apart = split.getItems().contains(notes);
        if (some && !apart) {
            double first = split.getDividers().isEmpty()
                    ? 0.4
                    : split.getDividers().get(0).getPosition();
            reading.getChildren().remove(notes);
            notes.setCollapsible(false);
            split.getItems().add(notes);
            split.setDividerPositions(first, first + (1 - first) * 0.62);
        } else if (!some && apart) {
            double first = split.getDividers().get(0).getPosition();
            split.getItems().remove(notes);
            notes.setCollapsible(true);
            reading.getChildren().add(notes);
            split.setDividerPositions(first);
        }
    }

    /**
     * The first time the pane has a height, gives the details what they ask for, up to half of it; the reader keeps
     * its least height whatever the divider says, and after that the divider stays where the person puts it.
     */
    private void placeDivider(double height) {
        if (dividerPlaced || height <= 0) {
            return;
        }
        dividerPlaced = true;
        double first = Math.min(0.45, (details.prefHeight(split.getWidth()) + 8) / height);
        if (split.getItems().contains(notes)) {
            split.setDividerPositions(first, first + (1 - first) * 0.62);
        } else {
            split.setDividerPositions(first);
        }
    }

    /** The open PDF's or picture's pages as they look, or its text. */
    private void showPagesOrText() {
        EvidenceItem item = model.openProperty().get();
        boolean pages = asPages.isSelected() && item != null && (item.pdf() || item.picture());
        int at = reading.getChildren().indexOf(pages ? text : pageView);
        if (at >= 0) {
            reading.getChildren().set(at, pages ? pageView : text);
            VBox.setVgrow(pages ? pageView : text, Priority.ALWAYS);
        }
        if (pages) {
            // The pages keep as much room as the text does, below their zoom.
            pageView.setMinHeight(216);
            long id = item.id();
            pageView.show(
                    () -> PageSource.open(item, () -> model.original(id)),
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

    private void refused(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.WARNING, error.getMessage(), ButtonType.OK);
        alert.setHeaderText("Not saved");
        alert.initOwner(getScene().getWindow());
        alert.getDialogPane().setId("evidence-not-saved");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }
}
