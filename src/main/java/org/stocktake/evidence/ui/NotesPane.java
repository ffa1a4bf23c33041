package org.stocktake.evidence.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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

/**
 * The open document's notes: each with its page, the passage, the note, its author and date, and the recommendations
 * it bears on, linked and unlinked from its menu.
 */
final class NotesPane extends TitledPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final ListView<Anchored> list = new ListView<>();

    NotesPane(
            EvidenceViewModel model,
            Consumer<Anchored> show,
            NoteLinking linking,
            RecommendationLinks recommendations) {
        setId("evidence-notes");
        list.setId("evidence-notes-list");
        list.setItems(model.annotations());
        list.setPrefHeight(110);
        // At least one note stays readable, with its menu, however tall the document's fields are.
        list.setMinHeight(64);
        list.setPlaceholder(new Label("No notes yet: select a passage and press Highlight."));
        list.setCellFactory(view -> new NoteCell(model, linking, recommendations));
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
            linking.refresh(List.copyOf(model.annotations()));
        });
        linking.linked().addListener((MapChangeListener<Long, List<Long>>) change -> list.refresh());
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
        private final Label bearsOn = new Label();
        private final MenuButton links = new MenuButton(null, Icons.of(Feather.LINK));
        private final Button delete = new Button(null, Icons.of(Feather.TRASH_2));
        private final HBox top = new HBox(6);
        private final VBox box = new VBox(2);
        private Anchored shown;

        private final NoteLinking linking;
        private final RecommendationLinks recommendations;

        NoteCell(EvidenceViewModel model, NoteLinking linking, RecommendationLinks recommendations) {
            this.linking = linking;
            this.recommendations = recommendations;
            links.setId("note-links");
            links.getStyleClass().addAll("flat", "no-arrow");
            links.setTooltip(new Tooltip("Link this note to a recommendation it bears on, or unlink it"));
            links.setMinWidth(Region.USE_PREF_SIZE);
            links.setOnShowing(e -> links.getItems().setAll(menu()));
            bearsOn.setId("note-bears-on");
            bearsOn.getStyleClass().add("text-muted");
            bearsOn.setWrapText(true);
            bearsOn.setMinHeight(Region.USE_PREF_SIZE);
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
            top.getChildren().setAll(where, links, delete);
            box.getChildren().setAll(top, note, bearsOn);
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
            List<Long> linked = linking.linked().getOrDefault(a.annotation().id(), List.of());
            bearsOn.setText(
                    linked.isEmpty()
                            ? ""
                            : "Bears on: "
                                    + String.join(
                                            "; ",
                                            linked.stream()
                                                    .map(recommendations::describe)
                                                    .toList()));
            bearsOn.setVisible(!linked.isEmpty());
            bearsOn.setManaged(!linked.isEmpty());
            bearsOn.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }

        private List<MenuItem> menu() {
            Anchored a = shown;
            if (a == null) {
                return List.of();
            }
            MenuItem add = new MenuItem("Link to a recommendation\u2026");
            add.setId("note-link");
            add.setOnAction(e -> recommendations
                    .choose(getScene().getWindow())
                    .ifPresent(id -> linking.link(a, id, recommendations.describe(id))));
            List<MenuItem> items = new java.util.ArrayList<>(List.of(add));
            List<Long> linked = linking.linked().getOrDefault(a.annotation().id(), List.of());
            if (!linked.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            for (long id : linked) {
                String described = recommendations.describe(id);
                MenuItem remove = new MenuItem("Unlink from " + described);
                remove.setId("note-unlink");
                remove.setOnAction(e -> linking.unlink(a, id, described));
                items.add(remove);
            }
            return items;
        }
    }
}
