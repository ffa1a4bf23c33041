package org.stocktake.evidence.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/** One page of a document's text, its number above it, the search's words marked. */
final class PageCell extends ListCell<String> {

    private final List<String> marked;
    private final Label number = new Label();
    private final TextFlow text = new TextFlow();
    private final VBox box = new VBox(4, number, text);

    PageCell(List<String> marked) {
        this.marked = marked;
        number.getStyleClass().addAll("page-number", "text-muted");
        box.setPadding(new Insets(6, 8, 12, 8));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(String page, boolean empty) {
        super.updateItem(page, empty);
        if (empty || page == null) {
            setGraphic(null);
            return;
        }
        number.setText("Page " + (getIndex() + 1));
        text.getChildren().setAll(MarkedText.withWords(page.isBlank() ? "(no text on this page)" : page, marked));
        text.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        setGraphic(box);
    }
}
