package org.stocktake.app.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.stocktake.recommendations.ui.RegisterViewModel;
import org.stocktake.shared.ui.Withheld;
import org.stocktake.shared.undo.UndoStack;

/** The window's menus; every frequent action has a key. */
final class WindowMenus {

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final MenuItem importItem = item("Import recommendations…", "Shortcut+I", "menu-import");
    private final MenuItem exportItem = item("Export recommendations…", "Shortcut+E", "menu-export");
    private final MenuItem undo = item("Undo", "Shortcut+Z", "menu-undo");
    private final MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menu-redo");
    private final MenuItem create = item("New recommendation…", "Shortcut+N", "menu-new");
    private final MenuItem edit = item("Edit recommendation…", "F2", "menu-edit");
    private final MenuItem find = item("Find in register", "Shortcut+F", "menu-find");
    private final CheckMenuItem group = new CheckMenuItem("Group register by theme");
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    private final MenuItem verify = item("Verify audit trail", "Shortcut+Shift+V", "menu-verify-audit");
    private final MenuItem scales = new MenuItem("Rating scales…");
    private final MenuItem backUp = new MenuItem("Back up workspace…");
    private final MenuItem automatic = new MenuItem("Automatic backups…");
    private final MenuItem changePassphrase = new MenuItem("Change passphrase…");
    private final MenuItem encrypt = new MenuItem("Encrypt workspace…");
    private boolean scheduled;

    WindowMenus(MainWindow window) {
        this.window = window;
        MenuItem quit = item("Quit", "Shortcut+Q", "menu-quit");
        quit.setOnAction(e -> window.stage().close());
        backUp.setId("menu-backup");
        MenuItem restore = new MenuItem("Restore from backup…");
        restore.setId("menu-restore");
        restore.setOnAction(e -> window.backups().restore(window.stage()));
        automatic.setId("menu-automatic-backups");
        changePassphrase.setId("menu-change-passphrase");
        encrypt.setId("menu-encrypt");
        Menu file = new Menu(
                "_File",
                null,
                importItem,
                exportItem,
                new SeparatorMenuItem(),
                backUp,
                restore,
                automatic,
                new SeparatorMenuItem(),
                changePassphrase,
                encrypt,
                new SeparatorMenuItem(),
                quit);

        MenuItem redoAlt = item("Redo", "Shortcut+Y", "menu-redo-alt");
        redoAlt.setVisible(false);
        Menu editMenu = new Menu(
                "_Edit",
                null,
                undo,
                redo,
                redoAlt,
                new SeparatorMenuItem(),
                create,
                edit,
                new SeparatorMenuItem(),
                find);

        Menu view = new Menu("_View");
        for (Area area : Area.values()) {
            // Ctrl+1, Ctrl+2, … follow the order of the navigation.
            MenuItem show = item(area.label, "Shortcut+" + (area.ordinal() + 1), "menu-view-" + area.id);
            show.setOnAction(e -> window.show(area));
            view.getItems().add(show);
        }
        group.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        group.setId("menu-group");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setId("menu-dark");
        dark.setSelected(window.settings().flag("theme.dark", false));
        dark.selectedProperty().addListener((obs, old, now) -> Theme.apply(now));
        view.getItems().addAll(new SeparatorMenuItem(), group, dark);

        verify.setOnAction(e -> window.verifyAuditTrail());
        verify.setDisable(true);
        scales.setId("menu-scales");
        scales.setOnAction(e -> window.showRatingScales());
        scales.setDisable(true);
        Menu tools = new Menu("_Tools", null, verify, scales);

        MenuItem keys = item("Keyboard shortcuts", "F1", "menu-shortcuts");
        keys.setOnAction(e -> showShortcuts());
        Menu help = new Menu("_Help", null, keys);

        bar.getMenus().setAll(file, editMenu, view, tools, help);
        for (MenuItem item : new MenuItem[] {
            importItem,
            exportItem,
            backUp,
            automatic,
            changePassphrase,
            encrypt,
            undo,
            redo,
            redoAlt,
            create,
            edit,
            find,
            group
        }) {
            item.setDisable(true);
        }
        redoAlt.setOnAction(e -> redo.fire());
    }

    /** Connects the register's actions once the workspace is open. */
    void bind(RegisterViewModel model) {
        var screen = window.register();
        importItem.setDisable(false);
        importItem.setOnAction(e -> screen.importFile());
        exportItem.setDisable(false);
        exportItem.setOnAction(e -> screen.exportFile());
        backUp.setDisable(false);
        backUp.setOnAction(e -> window.backups()
                .backUp(window.stage(), window.context().workspace().info().name()));
        Path folder = window.context().workspace().folder();
        automatic.setDisable(false);
        automatic.setOnAction(e -> window.backups().automaticSettings(window.stage(), window.settings(), folder));
        if (!scheduled) {
            // Once for the window: the workspace opened again after encrypting it keeps the same checks.
            scheduled = true;
            window.backups().scheduleAutomatic(window.stage(), window.settings(), folder);
        }
        // A passphrase is changed in the key file alone, so it may be changed even when the database is read-only.
        changePassphrase.setDisable(!window.context().workspace().encrypted());
        changePassphrase.setOnAction(e -> window.passphrases().change(window.stage(), folder));
        WorkspaceEncrypting.refusal(window.context())
                .ifPresentOrElse(
                        why -> Withheld.menuItem(encrypt, why, encryptNote(why)), () -> encrypt.setDisable(false));
        encrypt.setOnAction(e -> window.encrypting().encrypt(window.stage()));
        create.setDisable(false);
        create.setOnAction(e -> {
            window.show(Area.RECOMMENDATIONS);
            screen.create();
        });
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> screen.edit());
        find.setDisable(false);
        find.setOnAction(e -> {
            window.show(Area.RECOMMENDATIONS);
            screen.view().focusFilter();
        });
        undoFor(model.undoStack(), model::undo, model::redo);
        group.setDisable(false);
        verify.setDisable(false);
        scales.setDisable(false);
        group.selectedProperty().bindBidirectional(model.groupByThemeProperty());
    }

    /**
     * Points Undo and Redo at the changes of the area on show, so Ctrl+Z never takes back a change the user cannot
     * see; {@code stack} null disables them.
     */
    void undoFor(UndoStack stack, Runnable undoAction, Runnable redoAction) {
        undo.disableProperty().unbind();
        undo.textProperty().unbind();
        redo.disableProperty().unbind();
        redo.textProperty().unbind();
        if (stack == null) {
            undo.setDisable(true);
            undo.setText("Undo");
            redo.setDisable(true);
            redo.setText("Redo");
            return;
        }
        undo.disableProperty().bind(stack.canUndoProperty().not());
        undo.textProperty()
                .bind(Bindings.when(stack.canUndoProperty())
                        .then(Bindings.concat("Undo ", stack.undoDescriptionProperty()))
                        .otherwise("Undo"));
        undo.setOnAction(e -> undoAction.run());
        redo.disableProperty().bind(stack.canRedoProperty().not());
        redo.textProperty()
                .bind(Bindings.when(stack.canRedoProperty())
                        .then(Bindings.concat("Redo ", stack.redoDescriptionProperty()))
                        .otherwise("Redo"));
        redo.setOnAction(e -> redoAction.run());
    }

    /** A menu has no tooltips: the reason, shortened for the item's text. */
    private String encryptNote(String why) {
        if (window.context().workspace().encrypted()) {
            return "encrypted already";
        }
        if (window.context().workspace().readOnlyReason().isPresent()) {
            return "open read-only";
        }
        return window.context()
                .signedIn()
                .member()
                .map(m -> "not for " + m.role().withArticle())
                .orElse("not allowed");
    }

    boolean isDark() {
        return dark.isSelected();
    }

    MenuBar bar() {
        return bar;
    }

    private void showShortcuts() {
        KeyList.show(window.stage());
    }

    private static MenuItem item(String text, String keys, String id) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setId(id);
        return item;
    }

    static void quit() {
        Platform.exit();
    }
}
