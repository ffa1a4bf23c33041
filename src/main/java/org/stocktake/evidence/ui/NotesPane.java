package org.stocktake.evidence.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.evidence.service.Anchored;
import org.stocktake.shared.ui.ElidedText;
import org.stocktake.shared.ui.Icons;

/** The open document's notes: each with its page, the passage, the note, its author and date. */
final class NotesPane extends TitledPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final ListView<Anchored> list = new ListView<>();

    NotesPane(EvidenceViewModel model, Consumer<Anchored> show) {
        setId("evidence-notes");
        list.setId("evidence-notes-list");
        list.setItems(model.annotations());
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("No notes yet: select a passage and press Highlight."));
        list.setCellFactory(view -> new NoteCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show.accept(now);
            }
        });
        setContent(list);
        // Folded while there are none, so the text has the room.
        setExpanded(false);
        title(model);
        model.annotations().addListener((ListChangeListener<Anchored>) change -> {
            title(model);
            setExpanded(!model.annotations().isEmpty());
        });
    }

    private void title(EvidenceViewModel model) {
        int n = model.annotations().size();
        setText(n == 0 ? "Notes" : "Notes (" + n + ")");
    }

    ListView<Anchored> list() {
        return list;
    }

    private static final class NoteCell extends ListCell<Anchored> {
        private final Label where = new Label();
        private final Label note = new Label();
        private final Button delete = new Button(null, Icons.of(Feather.TRASH_2));
        private final HBox top = new HBox(6);
        private final VBox box = new VBox(2);
        private Anchored shown;

        NoteCell(EvidenceViewModel model) {
            where.getStyleClass().add("text-muted");
            HBox.setHgrow(where, Priority.ALWAYS);
            where.setMaxWidth(Double.MAX_VALUE);
            where.setMinWidth(40);
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            delete.getStyleClass().add("flat");
            delete.setTooltip(new Tooltip("Remove this note"));
            delete.setOnAction(e -> model.deleteAnnotation(shown));
            delete.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().setAll(where, delete);
            box.getChildren().setAll(top, note);
            box.setPadding(new Insets(2, 0, 2, 0));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Anchored a, boolean empty) {
            super.updateItem(a, empty);
            shown = a;
            if (empty || a == null) {
                setGraphic(null);
                return;
            }
            String quote = a.annotation().quote().replaceAll("\\s+", " ");
            String line = "p. " + a.page() + (a.found() ? "" : " (passage no longer found)") + " \u00b7 \u201c"
                    + quote + "\u201d \u00b7 " + a.annotation().author() + ", "
                    + DAY.format(a.annotation().createdAt());
            where.setText(line);
            ElidedText.mark(where, line);
            note.setText(
                    a.annotation().note().isEmpty()
                            ? "(no note)"
                            : a.annotation().note());
            note.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }
    }
}
