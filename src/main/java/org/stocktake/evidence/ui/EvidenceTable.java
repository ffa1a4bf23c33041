package org.stocktake.evidence.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ui.ElidedText;

/** The library's documents as a table: date, kind, title, from and to. */
final class EvidenceTable extends TableView<EvidenceItem> {

    EvidenceTable(EvidenceViewModel model) {
        setId("evidence-table");
        setItems(model.shownItems());
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No documents yet. Add files, or drop them on this window."));
        // Dates and kinds are short and read whole; names and titles give up room first.
        getColumns().add(fixed(column("Date", 142, EvidenceItem::dateShown)));
        getColumns().add(fixed(column("Kind", 108, item -> item.kind().label())));
        getColumns().add(column("From", 150, EvidenceItem::from));
        getColumns().add(column("Title", 280, EvidenceItem::title));
    }

    private static TableColumn<EvidenceItem, String> fixed(TableColumn<EvidenceItem, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    private static TableColumn<EvidenceItem, String> column(
            String name, double width, Function<EvidenceItem, String> value) {
        TableColumn<EvidenceItem, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> ElidedText.tableCell());
        return column;
    }
}
