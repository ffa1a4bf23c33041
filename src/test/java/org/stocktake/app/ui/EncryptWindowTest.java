package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * File > Encrypt workspace… on a plain workspace open in the window: it is closed, encrypted in place, and opened
 * again once its new passphrase is typed, with everything in it.
 */
class EncryptWindowTest extends WindowTestBase {

    private static final String PASSPHRASE = "seven lanterns by the quay";

    @TempDir
    Path temp;

    private Stage stage;
    private FxTaskRunner tasks;
    private MainWindow window;
    private AppContext first;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            waitUntil(
                    "background work has finished", () -> !tasks.busyProperty().get());
            tasks.close();
        }
        AppContext now = window == null ? null : onFx(window::context);
        if (now != null) {
            now.close();
        } else if (first != null) {
            first.close();
        }
    }

    private Path folder() {
        return temp.resolve("panel");
    }

    private void openPlain() {
        first = TestWorkspaces.open(folder(), Clock.systemUTC());
        tasks = new FxTaskRunner();
        interact(() -> {
            window = new MainWindow(stage, WindowSettings.load(temp), tasks, new FakeFileDialogs());
            stage.show();
            window.open(first);
        });
        waitUntil(
                "the register is read",
                () -> !tasks.busyProperty().get() && "11 recommendations".equals(text("#register-count")));
    }

    private MenuItem menuItem(String id) {
        return onFx(() -> lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow());
    }

    private void typeNew(String replacement, String again) {
        interact(() -> {
            lookup("#passphrase-new").queryAs(PasswordField.class).setText(replacement);
            lookup("#passphrase-again").queryAs(PasswordField.class).setText(again);
            lookup("#passphrase-confirm").queryAs(Button.class).fire();
        });
    }

    @Test
    void aPlainWorkspaceIsEncryptedFromTheWindowAndOpensAgainWithItsPassphrase() {
        openPlain();
        assertThat(onFx(() -> menuItem("menu-encrypt").isDisable())).isFalse();
        assertThat(onFx(() -> menuItem("menu-change-passphrase").isDisable())).isTrue();

        Platform.runLater(() -> menuItem("menu-encrypt").fire());
        waitUntil("the new passphrase is asked", () -> showing("#new-passphrase-dialog"));
        assertThat(onFx(() -> lookup("#new-passphrase-dialog").queryAs(DialogPane.class)))
                .as("the dialog says backups kept elsewhere stay plain")
                .satisfies(pane -> assertThat(onFx(() -> pane.lookupAll(".label").stream()
                                .map(n -> ((javafx.scene.control.Label) n).getText())
                                .anyMatch(t -> t != null && t.contains("Backups kept elsewhere stay plain"))))
                        .isTrue());
        typeNew(PASSPHRASE, PASSPHRASE + " again");
        assertThat(text("#passphrase-problem")).isEqualTo("The two new passphrases differ; type the same one twice.");
        typeNew(PASSPHRASE, PASSPHRASE);

        waitUntil("the passphrase is asked to open it again", () -> showing("#passphrase-dialog"));
        assertThat(KeyFile.in(folder())).as("the workspace is encrypted").isTrue();
        assertThat(onFx(window::context)).as("the old workspace is closed").isNull();
        interact(() -> {
            lookup("#unlock-passphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            lookup("#unlock-open").queryAs(Button.class).fire();
        });
        waitUntil("the encrypted workspace is open", () -> window.context() != null);
        assertThat(onFx(() -> window.context().workspace().encrypted())).isTrue();
        waitUntil(
                "its register shows everything it held",
                () -> !tasks.busyProperty().get() && "11 recommendations".equals(text("#register-count")));
        assertThat(onFx(() -> menuItem("menu-encrypt").isDisable())).isTrue();
        assertThat(onFx(() -> menuItem("menu-encrypt").getText())).endsWith("(encrypted already)");
        assertThat(onFx(() -> menuItem("menu-change-passphrase").isDisable())).isFalse();
    }
}
