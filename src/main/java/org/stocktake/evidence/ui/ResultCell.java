package org.stocktake.evidence.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.stocktake.shared.ui.ElidedText;

/** A search result: the document's title, what and when it is, the page, and the snippet with its hits marked. */
final class ResultCell extends ListCell<SearchRow> {

    private final Label title = new Label();
    private final Label about = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, about, snippet);

    ResultCell() {
        title.getStyleClass().add("result-title");
        about.getStyleClass().add("text-muted");
        box.setPadding(new Insets(4, 2, 6, 2));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        ElidedText.mark(title, row.item().title());
        title.setText(row.item().title());
        String when = row.item().dateShown();
        String about = row.item().kind().label() + (when.isEmpty() ? "" : " \u00b7 " + when) + " \u00b7 page "
                + row.hit().page();
        ElidedText.mark(this.about, about);
        this.about.setText(about);
        snippet.getChildren()
                .setAll(MarkedText.withRanges(
                        row.hit().snippet().text(), row.hit().snippet().highlights()));
        snippet.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
        setGraphic(box);
    }
}
