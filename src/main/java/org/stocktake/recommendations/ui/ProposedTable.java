package org.stocktake.recommendations.ui;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.stocktake.shared.ui.ElidedText;

/**
 * The recommendations proposed from a document, as the import preview shows them: each can be left out, and its
 * number, theme and title corrected in place (double-click, type, Enter). Any change is handed to {@code changed}.
 */
final class ProposedTable {

    private ProposedTable() {}

    static TableView<ProposedRow> of(ImportViewModel model, Runnable changed) {
        TableView<ProposedRow> table = new TableView<>(model.proposedRows());
        table.setId("proposed-rows");
        table.setEditable(true);
        table.setPrefHeight(260);
        table.setPlaceholder(new Label("No numbered recommendations were found in this document."));

        TableColumn<ProposedRow, Boolean> included = new TableColumn<>("Import");
        included.setCellValueFactory(cell -> cell.getValue().includedProperty());
        included.setCellFactory(CheckBoxTableCell.forTableColumn(included));
        fixed(included, 76);
        TableColumn<ProposedRow, String> row = new TableColumn<>("Row");
        row.setCellValueFactory(cell ->
                new ReadOnlyObjectWrapper<>(String.valueOf(cell.getValue().row())));
        fixed(row, 56);
        TableColumn<ProposedRow, String> page = new TableColumn<>("Page");
        page.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().page() == null
                        ? ""
                        : String.valueOf(cell.getValue().page())));
        fixed(page, 60);
        TableColumn<ProposedRow, String> number = editable("No.", ProposedRow::numberProperty);
        fixed(number, 64);
        TableColumn<ProposedRow, String> theme = editable("Theme", ProposedRow::themeProperty);
        theme.setPrefWidth(150);
        TableColumn<ProposedRow, String> title = editable("Title", ProposedRow::titleProperty);
        title.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(included, row, page, number, theme, title));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        for (ProposedRow proposed : model.proposedRows()) {
            watch(proposed.includedProperty(), changed);
            watch(proposed.numberProperty(), changed);
            watch(proposed.themeProperty(), changed);
            watch(proposed.titleProperty(), changed);
        }
        return table;
    }

    private static TableColumn<ProposedRow, String> editable(
            String name, Function<ProposedRow, StringProperty> property) {
        TableColumn<ProposedRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                // Long titles are cut short in the table; the tooltip and the cell's editor hold the whole text.
                ElidedText.mark(this, empty ? null : text);
            }
        });
        column.setEditable(true);
        return column;
    }

    private static void fixed(TableColumn<ProposedRow, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width);
    }

    private static void watch(Property<?> property, Runnable changed) {
        property.addListener((obs, old, now) -> changed.run());
    }
}
