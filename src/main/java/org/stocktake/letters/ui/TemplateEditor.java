package org.stocktake.letters.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.shared.ui.Icons;

/**
 * A template's fields, top to bottom: its name and what it is for, whom it goes to and who signs it (offices, filled
 * from the register for each letter's date), the lines around the body, and the body's parts, edited with the letter
 * editor's own part editors.
 */
final class TemplateEditor extends ScrollPane {

    private final TemplatesModel model;
    private final EditorActions actions;
    private final VBox blocks = new VBox(2);
    private final Map<EditableBlock, BlockEditor> shown = new HashMap<>();
    private final VBox signatories = new VBox(6);
    private final VBox page;
    private BlockEditor lastFocused;

    TemplateEditor(TemplatesModel model) {
        this.model = model;
        this.actions = new EditorActions(model.parts, model.history, null);
        setId("template-editor");
        setFitToWidth(true);
        blocks.setId("template-blocks");
        page = new VBox(
                10,
                form(),
                EditorFields.section("Signed by"),
                signatories,
                addSignatory(),
                EditorFields.section("Body"),
                blocks,
                addPart());
        page.setPadding(new Insets(12, 16, 24, 16));
        page.getStyleClass().add("letter-page");
        setContent(page);
        model.parts.blocks.addListener((ListChangeListener<EditableBlock>) change -> showBlocks());
        model.signatories.addListener((ListChangeListener<EditableOffice>) change -> {
            if (change.next() && (change.wasAdded() || change.wasRemoved())) {
                showSignatories();
            }
        });
        model.offices().addListener((ListChangeListener<TemplateContent.Office>) change -> showSignatories());
        actions.onAdded(block -> {
            BlockEditor view = shown.get(block);
            if (view != null) {
                view.text().requestFocus();
            }
        });
        showBlocks();
        showSignatories();
    }

    /** Built-in templates are read, not changed: the fields are shown but take no typing. */
    void readOnly(boolean readOnly) {
        page.setDisable(readOnly);
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        OfficeChooser to = new OfficeChooser(model, model.addressee.get(), true);
        to.setId("template-addressee");
        to.valueProperty().bindBidirectional(model.addressee);
        model.openProperty().addListener((obs, old, now) -> offer(to));
        model.offices().addListener((ListChangeListener<TemplateContent.Office>) change -> offer(to));
        int row = 0;
        form.addRow(
                row++,
                EditorFields.label("Name"),
                EditorFields.field("template-name", model.parts.title, "How New letter lists it"));
        form.addRow(
                row++,
                EditorFields.label("Used for"),
                EditorFields.field("template-description", model.description, "Optional"));
        form.addRow(row++, EditorFields.label("To"), to);
        form.addRow(
                row++,
                EditorFields.label("Delivery"),
                EditorFields.field("template-delivery", model.parts.deliveryNote, "e.g. Sent by email"));
        form.addRow(
                row++,
                EditorFields.label("Salutation"),
                EditorFields.field("template-salutation", model.parts.salutation, "Dear \u2026,"));
        form.addRow(
                row++,
                EditorFields.label("Subject"),
                EditorFields.field("template-subject", model.parts.subject, "The bold heading"));
        form.addRow(
                row++,
                EditorFields.label("Closing"),
                EditorFields.field("template-closing", model.parts.closing, "Yours sincerely"));
        Label hint = new Label("Write {panel} and {council} for their names in the register; the addressee and the"
                + " signatories are whoever holds each office on a letter's date.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll("text-small", "text-muted");
        form.add(hint, 0, row, 2, 1);
        return form;
    }

    private void showSignatories() {
        signatories.getChildren().clear();
        int number = 1;
        for (EditableOffice signatory : model.signatories) {
            OfficeChooser office =
                    new OfficeChooser(model, signatory.officeProperty().get(), false);
            office.setId("template-signatory-" + number);
            office.valueProperty().bindBidirectional(signatory.officeProperty());
            TextArea printed = new TextArea();
            printed.setId("template-signatory-" + number + "-printed");
            printed.setPrefRowCount(2);
            printed.setPromptText("Printed under the name, a line each; empty for the office's title");
            printed.textProperty().bindBidirectional(signatory.linesProperty());
            Button remove = new Button(null, Icons.of(Feather.TRASH_2));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip("This office no longer signs"));
            remove.setOnAction(e -> model.signatories.remove(signatory));
            HBox top = new HBox(6, office, remove);
            HBox.setHgrow(office, Priority.ALWAYS);
            signatories.getChildren().add(new VBox(4, top, printed));
            number++;
        }
        if (model.signatories.isEmpty()) {
            Label none = new Label("No office signs: the signatories are as the text has them.");
            none.setWrapText(true);
            none.getStyleClass().add("text-muted");
            signatories.getChildren().add(none);
        }
    }

    private Node addSignatory() {
        Button add = new Button("Add a signatory", Icons.of(Feather.USER_PLUS));
        add.setId("template-add-signatory");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.offices()));
        add.setOnAction(e -> {
            List<TemplateContent.Office> signing = model.signatories.stream()
                    .map(s -> s.officeProperty().get())
                    .toList();
            model.offices().stream()
                    .filter(office -> !signing.contains(office))
                    .findFirst()
                    .or(() -> model.offices().stream().findFirst())
                    .ifPresent(office -> model.signatories.add(new EditableOffice(office)));
        });
        return add;
    }

    private Node addPart() {
        MenuButton add = new MenuButton("Add a part", Icons.of(Feather.PLUS));
        add.setId("template-add-part");
        add.setMinWidth(Region.USE_PREF_SIZE);
        for (BlockKind kind : BlockKind.values()) {
            MenuItem item = new MenuItem(kind.toString());
            item.setId("template-add-" + kind.name().toLowerCase());
            item.setOnAction(e -> actions.add(kind, focusedBlock()));
            add.getItems().add(item);
        }
        return add;
    }

    private EditableBlock focusedBlock() {
        return shown.entrySet().stream()
                .filter(e -> e.getValue() == lastFocused)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private void showBlocks() {
        Map<EditableBlock, BlockEditor> kept = new HashMap<>();
        for (EditableBlock block : model.parts.blocks) {
            BlockEditor view = shown.get(block);
            kept.put(block, view != null ? view : made(block));
        }
        shown.clear();
        shown.putAll(kept);
        blocks.getChildren().setAll(model.parts.blocks.stream().map(shown::get).toList());
        if (model.parts.blocks.isEmpty()) {
            Label empty = new Label("The template has no body yet: add a part below.");
            empty.getStyleClass().add("text-muted");
            blocks.getChildren().setAll(empty);
        }
    }

    private BlockEditor made(EditableBlock block) {
        BlockEditor[] view = new BlockEditor[1];
        view[0] = new BlockEditor(block, actions, area -> lastFocused = view[0]);
        return view[0];
    }

    /** Offers the addressee's choices afresh, keeping the one chosen (a list changed under a chooser may clear it). */
    private void offer(OfficeChooser to) {
        TemplateContent.Office chosen = model.addressee.get();
        to.offer(chosen);
        model.addressee.set(chosen);
    }
}
