package org.stocktake.letters.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stocktake.shared.ui.UkDates;

/**
 * The open letter's fields, top to bottom as it prints: heading and addressee, then the body's parts (each a
 * paragraph, heading, quotation, list or note), then who signs. Typing marks the letter unsaved; the screen saves it.
 */
final class LetterEditor extends ScrollPane {

    private final LettersViewModel model;
    private final LetterEditorModel editor;
    private final VBox blocks = new VBox(2);
    private final Map<EditableBlock, BlockEditor> shown = new HashMap<>();
    private final VBox signatories = new VBox(8);
    private final BlockActions actions;
    private TextArea lastFocused;

    LetterEditor(LettersViewModel model, BlockActions actions) {
        this.model = model;
        this.editor = model.editor();
        this.actions = actions;
        setId("letter-editor");
        setFitToWidth(true);
        blocks.setId("letter-blocks");
        TitledPane header = new TitledPane("Heading and addressee", headerForm());
        header.setId("letter-header");
        header.setExpanded(true);
        Label body = EditorFields.section("Body");
        Label signed = EditorFields.section("Signed by");
        VBox page = new VBox(10, titleRow(), header, body, blocks, signed, signatories, annexBox());
        page.setPadding(new Insets(12, 16, 24, 16));
        page.getStyleClass().add("letter-page");
        setContent(page);
        editor.blocks.addListener((ListChangeListener<EditableBlock>) change -> showBlocks());
        editor.signatories.addListener((ListChangeListener<EditableSignatory>) change -> showSignatories());
        showBlocks();
        showSignatories();
    }

    /** The text field last typed in, where an insertion goes after; null when none. */
    TextArea lastFocused() {
        return lastFocused;
    }

    /** Asks the person to put the caret where a citation goes. */
    void sayToTypeFirst() {
        model.say("Click in the paragraph where the citation goes, then insert it.");
    }

    /** The part whose text field was last typed in. */
    EditableBlock focusedBlock() {
        return shown.entrySet().stream()
                .filter(e -> e.getValue().text() == lastFocused)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** Puts the caret in a part's text and scrolls it into view, e.g. one just added. */
    void reveal(EditableBlock block) {
        BlockEditor view = shown.get(block);
        if (view == null) {
            return;
        }
        view.text().requestFocus();
        javafx.application.Platform.runLater(() -> {
            double contentHeight = getContent().getBoundsInLocal().getHeight();
            double viewport = getViewportBounds().getHeight();
            double y = view.localToScene(0, 0).getY()
                    - getContent().localToScene(0, 0).getY();
            if (contentHeight > viewport) {
                setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
            }
        });
    }

    private Node titleRow() {
        TextField title = new TextField();
        title.setId("letter-title");
        title.textProperty().bindBidirectional(editor.title);
        title.setPromptText("How the letter is listed");
        title.getStyleClass().add("title-4");
        return title;
    }

    private GridPane headerForm() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        DatePicker date = new DatePicker();
        date.setId("letter-date");
        date.valueProperty().bindBidirectional(editor.date);
        date.setConverter(new UkDates());
        int row = 0;
        form.addRow(row++, EditorFields.label("Date"), date);
        form.addRow(
                row++,
                EditorFields.label("Reference"),
                EditorFields.field("letter-reference", editor.reference, "Optional"));
        form.addRow(
                row++,
                EditorFields.label("Delivery"),
                EditorFields.field("letter-delivery", editor.deliveryNote, "e.g. Sent by email"));
        form.addRow(
                row++,
                EditorFields.label("To"),
                EditorFields.field("letter-to-name", editor.addresseeName, "Name as addressed"));
        form.addRow(
                row++,
                EditorFields.label("Office"),
                EditorFields.field("letter-to-office", editor.addresseeOffice, "Office on the date"));
        TextArea address = new TextArea();
        address.setId("letter-to-address");
        address.textProperty().bindBidirectional(editor.addresseeAddress);
        address.setPrefRowCount(3);
        address.setPromptText("Address, a line each");
        form.addRow(row++, EditorFields.label("Address"), address);
        form.addRow(
                row++,
                EditorFields.label("Salutation"),
                EditorFields.field("letter-salutation", editor.salutation, "Dear Secretary of State,"));
        form.addRow(
                row++,
                EditorFields.label("Subject"),
                EditorFields.field("letter-subject", editor.subject, "The bold heading"));
        form.addRow(
                row,
                EditorFields.label("Closing"),
                EditorFields.field("letter-closing", editor.closing, "Yours sincerely"));
        return form;
    }

    private Node annexBox() {
        CheckBox annex = new CheckBox("List the documents cited at the end (\u201cDocuments referred to\u201d)");
        annex.setId("letter-annex");
        annex.selectedProperty().bindBidirectional(editor.annex);
        annex.setWrapText(true);
        return annex;
    }

    private void showBlocks() {
        Map<EditableBlock, BlockEditor> kept = new HashMap<>();
        for (EditableBlock block : editor.blocks) {
            BlockEditor view = shown.get(block);
            kept.put(block, view != null ? view : new BlockEditor(block, actions, area -> lastFocused = area));
        }
        shown.clear();
        shown.putAll(kept);
        blocks.getChildren().setAll(editor.blocks.stream().map(shown::get).toList());
        if (editor.blocks.isEmpty()) {
            Label empty = new Label("The letter has no body yet: add a paragraph below.");
            empty.getStyleClass().add("text-muted");
            blocks.getChildren().setAll(empty);
        }
    }

    private void showSignatories() {
        signatories.getChildren().clear();
        int number = 1;
        for (EditableSignatory signatory : editor.signatories) {
            GridPane row = new GridPane();
            row.setHgap(10);
            row.setVgap(4);
            TextField name = new TextField();
            name.setId("signatory-" + number + "-name");
            name.textProperty().bindBidirectional(signatory.nameProperty());
            TextArea roles = new TextArea();
            roles.setId("signatory-" + number + "-roles");
            roles.setPrefRowCount(2);
            roles.textProperty().bindBidirectional(signatory.rolesProperty());
            GridPane.setHgrow(name, Priority.ALWAYS);
            GridPane.setHgrow(roles, Priority.ALWAYS);
            row.addRow(0, EditorFields.label("Name"), name);
            row.addRow(1, EditorFields.label("Role"), roles);
            signatories.getChildren().add(row);
            number++;
        }
        if (editor.signatories.isEmpty()) {
            Label none = new Label("Nobody signs this letter.");
            none.getStyleClass().add("text-muted");
            signatories.getChildren().add(none);
        }
    }

    /** The model's to-do list for the editor's buttons. */
    interface BlockActions extends BlockEditor.Actions {
        void add(BlockKind kind, EditableBlock after);
    }
}
