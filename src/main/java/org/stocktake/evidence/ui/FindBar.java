package org.stocktake.evidence.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.shared.ui.Icons;

/**
 * Find in the open document (Ctrl+F): the words to find, how many there are and which is shown, and buttons to the
 * next and previous. Enter goes to the next, Shift+Enter to the previous, Esc closes the bar and the marks go.
 */
final class FindBar extends HBox {

    private final DocumentFind find;
    private final TextField field = new TextField();

    FindBar(DocumentFind find) {
        this.find = find;
        setId("evidence-find");
        field.setId("evidence-find-field");
        field.setPromptText("Find in this document");
        field.setPrefWidth(220);
        field.setMinWidth(80);
        HBox.setHgrow(field, Priority.SOMETIMES);
        field.textProperty().addListener((obs, old, now) -> find.look(now == null ? "" : now));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    find.previous();
                } else {
                    find.next();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        Label count = new Label();
        count.setId("evidence-find-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(find.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = button("evidence-find-previous", Feather.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(e -> find.previous());
        Button next = button("evidence-find-next", Feather.CHEVRON_DOWN, "Next match (Enter)");
        next.setOnAction(e -> find.next());
        Button close = button("evidence-find-close", Feather.X, "Close, and mark nothing (Esc)");
        close.setOnAction(e -> close());
        for (Button b : List.of(previous, next)) {
            b.disableProperty().bind(find.currentProperty().isNull());
        }
        getChildren().setAll(field, count, previous, next, close);
        setSpacing(6);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(0, 0, 6, 0));
        showing(false);
    }

    private static Button button(String id, Feather icon, String tip) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Shows the bar with the cursor in its field, the words there selected to type over. */
    void open() {
        showing(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Shows the bar finding these words (a search's), leaving the focus where it is. */
    void find(List<String> words) {
        showing(true);
        field.setText(String.join(" ", words));
    }

    /** Hides the bar; nothing is marked any more. */
    void close() {
        field.clear();
        showing(false);
    }

    private void showing(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }
}
