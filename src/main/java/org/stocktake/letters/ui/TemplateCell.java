package org.stocktake.letters.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.shared.ui.ElidedText;

/** A template in the Templates window's list: its name, and whether it is built in (and so read-only). */
final class TemplateCell extends ListCell<LetterTemplate> {
    @Override
    protected void updateItem(LetterTemplate template, boolean empty) {
        super.updateItem(template, empty);
        if (empty || template == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(template.name());
        Label kind = new Label(template.builtIn() ? "Built in \u00b7 read-only" : "Your own");
        kind.getStyleClass().addAll("text-small", "text-muted");
        ElidedText.mark(name, template.name());
        ElidedText.mark(kind, null);
        // As wide as the list, not its text: a long name elides rather than scroll the list sideways.
        setPrefWidth(0);
        setGraphic(new VBox(2, name, kind));
    }
}
