package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.Actor;
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.task.FxTaskRunner;
import org.testfx.framework.junit5.Start;

/** File > Change passphrase… on an encrypted workspace open in the window, which stays open throughout. */
class PassphraseWindowTest extends MainWindowTestBase {

    private static final String OLD = "plum tree seven lanterns";
    private static final String NEW = "quiet harbour amber kite";

    private Path encrypted;

    @Start
    void start(Stage stage) {
        encrypted = folder.resolve("encrypted");
        Actor actor = new Actor("Test");
        AppContext.create(encrypted, Clock.systemUTC(), actor, Contents.DEMO, Storage.DISK, OLD.toCharArray());
        context = AppContext.open(
                encrypted, Clock.systemUTC(), actor, Access.WRITE, Storage.DISK, f -> OLD.toCharArray());
        settings = WindowSettings.load(encrypted);
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, settings, tasks, files);
        stage.show();
        window.open(context);
    }

    private void type(String current, String replacement, String again) {
        interact(() -> {
            lookup("#passphrase-current").queryAs(PasswordField.class).setText(current);
            lookup("#passphrase-new").queryAs(PasswordField.class).setText(replacement);
            lookup("#passphrase-again").queryAs(PasswordField.class).setText(again);
            lookup("#passphrase-confirm").queryAs(Button.class).fire();
        });
    }

    private String problem() {
        return onFx(() -> lookup("#passphrase-problem").queryAs(Label.class).getText());
    }

    private String result() {
        return onFx(() -> lookup("#passphrase-result").queryAs(DialogPane.class).getContentText());
    }

    private void closeResult() {
        interact(() -> lookup("#passphrase-result")
                .queryAs(DialogPane.class)
                .getScene()
                .getWindow()
                .hide());
    }

    @Test
    void thePassphraseIsChangedWhileTheWorkspaceStaysOpen() {
        Platform.runLater(() -> menuItem("menu-change-passphrase").fire());
        waitUntil("the passphrase dialog is shown", () -> showing("#new-passphrase-dialog"));

        type(OLD, NEW, NEW + "!");
        assertThat(problem()).isEqualTo("The two new passphrases differ; type the same one twice.");
        type(OLD, "short", "short");
        assertThat(problem()).isEqualTo("A passphrase needs at least 8 characters; a few words are best.");
        type("plum tree", NEW, NEW);
        waitUntil("the refusal is told", () -> showing("#passphrase-result"));
        assertThat(result()).startsWith("That passphrase does not unlock the encrypted workspace");
        closeResult();
        KeyFile.read(encrypted).unlock(OLD.toCharArray()).close();

        Platform.runLater(() -> menuItem("menu-change-passphrase").fire());
        waitUntil("the passphrase dialog is shown", () -> showing("#new-passphrase-dialog"));
        type(OLD, NEW, NEW);
        waitUntil("the change is told", () -> showing("#passphrase-result"));
        assertThat(result()).contains("now opens with the new passphrase");
        closeResult();

        KeyFile.read(encrypted).unlock(NEW.toCharArray()).close();
        assertThatThrownBy(() -> KeyFile.read(encrypted).unlock(OLD.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(context.recommendations().reviews())
                .as("the open workspace still works")
                .isNotEmpty();
    }
}
