package org.stocktake.letters.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.shared.ui.Icons;

/** The toolbar's Insert menu: passages from the panel's data and citations of the library. */
final class InsertMenu {

    private InsertMenu() {}

    static MenuButton of(LetterDraftingModel drafting, LetterEditor editor) {
        MenuButton menu = new MenuButton("Insert", Icons.of(Feather.DATABASE));
        menu.setId("insert-menu");
        menu.setTooltip(new Tooltip("Write a passage from the panel's data, or cite a document"));
        menu.getItems()
                .setAll(
                        item(
                                "insert-round-summary",
                                "A round's summary by theme\u2026",
                                () -> chooseRound(
                                        menu,
                                        drafting,
                                        "A round's summary",
                                        id -> drafting.insertRound(id, false, editor.focusedBlock()))),
                        item(
                                "insert-changes",
                                "What moved since the round before\u2026",
                                () -> chooseRound(
                                        menu,
                                        drafting,
                                        "What moved since the round before",
                                        id -> drafting.insertRound(id, true, editor.focusedBlock()))),
                        item(
                                "insert-history",
                                "A recommendation's history\u2026",
                                () -> drafting.read(
                                        "Reading the recommendations",
                                        progress -> drafting.sources().recommendations(),
                                        choices -> choose(
                                                        owner(menu),
                                                        "A recommendation's history",
                                                        "Recommendation",
                                                        choices)
                                                .ifPresent(r -> drafting.insertHistory(r, editor.focusedBlock())))),
                        item("insert-citation", "A citation of a document\u2026", () -> cite(menu, drafting, editor)));
        return menu;
    }

    private static void chooseRound(
            MenuButton menu, LetterDraftingModel drafting, String title, Consumer<Long> insert) {
        drafting.read("Reading the rounds", progress -> drafting.sources().rounds(), rounds -> choose(
                        owner(menu), title, "Round", rounds)
                .ifPresent(r -> insert.accept(r.id())));
    }

    private static void cite(MenuButton menu, LetterDraftingModel drafting, LetterEditor editor) {
        TextArea at = editor.lastFocused();
        if (at == null) {
            editor.sayToTypeFirst();
            return;
        }
        int caret = at.getCaretPosition();
        drafting.read("Reading the library", progress -> drafting.sources().documents(), documents -> choose(
                        owner(menu), "Cite a document", "Document", documents)
                .ifPresent(document -> drafting.read(
                        "Reading the document's notes",
                        progress -> drafting.sources().notes(document.id()),
                        notes -> {
                            Optional<Long> note = Optional.empty();
                            if (!notes.isEmpty()) {
                                List<DraftingSources.Choice> choices = new ArrayList<>();
                                choices.add(new DraftingSources.Choice(-1, null, "The whole document"));
                                choices.addAll(notes);
                                Optional<DraftingSources.Choice> chosen =
                                        choose(owner(menu), "Cite a document", "What to cite", choices);
                                if (chosen.isEmpty()) {
                                    return;
                                }
                                note = chosen.get().id() < 0
                                        ? Optional.empty()
                                        : Optional.of(chosen.get().id());
                            }
                            drafting.cite(
                                    document.id(),
                                    note.orElse(null),
                                    mark -> at.insertText(Math.min(caret, at.getLength()), mark));
                        })));
    }

    static Optional<DraftingSources.Choice> choose(
            Window owner, String title, String label, List<DraftingSources.Choice> choices) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<DraftingSources.Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(label);
        dialog.getDialogPane().setId("insert-choice");
        dialog.getDialogPane().setPrefWidth(520);
        return dialog.showAndWait();
    }

    private static Window owner(MenuButton menu) {
        return menu.getScene().getWindow();
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
