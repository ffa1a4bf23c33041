package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The restore dialog and a backup's report in the smallest and a large window, light and dark: nothing cut. */
class BackupLayoutTest extends MainWindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    private final List<String> problems = new ArrayList<>();

    @TempDir
    Path backups;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @AfterAll
    static void backToTheLightTheme() {
        Platform.runLater(LayoutCase.SMALL_LIGHT::applyTheme);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    void theBackupDialogsFit(LayoutCase layout) {
        Stage stage = window.stage();
        interact(() -> {
            layout.applyTheme();
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
        });
        waitUntil("the window takes the case's size", () -> stage.getScene().getWidth() == layout.width);

        Platform.runLater(() -> menuItem("menu-restore").fire());
        waitUntil("the restore dialog is shown", () -> showing("#restore-dialog"));
        Window dialog = onFx(() -> lookup("#restore-dialog").query().getScene().getWindow());
        inspect("backup-restore-dialog", layout, onFx(dialog::getScene));
        interact(dialog::hide);

        interact(() -> PassphraseDialog.askForBackup(
                stage,
                backups.resolve("panel-2026-03-02.zip"),
                "That passphrase does not open the workspace in this backup; type the one it had when the backup was"
                        + " taken.",
                given -> {}));
        waitUntil("the passphrase is asked for", () -> showing("#passphrase-dialog"));
        Window unlock =
                onFx(() -> lookup("#passphrase-dialog").query().getScene().getWindow());
        inspect("backup-passphrase-dialog", layout, onFx(unlock::getScene));
        interact(unlock::hide);

        Platform.runLater(() -> new PassphraseActions(tasks).change(stage, backups));
        waitUntil("the passphrase change is asked", () -> showing("#new-passphrase-dialog"));
        interact(() -> {
            lookup("#passphrase-current").queryAs(PasswordField.class).setText("plum tree seven lanterns");
            lookup("#passphrase-new").queryAs(PasswordField.class).setText("quiet harbour amber kite");
            lookup("#passphrase-again").queryAs(PasswordField.class).setText("quiet harbour amber kites");
            lookup("#passphrase-confirm").queryAs(Button.class).fire();
        });
        Window change =
                onFx(() -> lookup("#new-passphrase-dialog").query().getScene().getWindow());
        inspect("passphrase-change-dialog", layout, onFx(change::getScene));
        interact(change::hide);

        Platform.runLater(() -> menuItem("menu-automatic-backups").fire());
        waitUntil("the automatic backups dialog is shown", () -> showing("#automatic-backups-dialog"));
        Window automatic = onFx(
                () -> lookup("#automatic-backups-dialog").query().getScene().getWindow());
        inspect("backup-automatic-dialog", layout, onFx(automatic::getScene));
        interact(automatic::hide);

        files.answer(backups.resolve("layout-" + layout.label() + ".zip"));
        Platform.runLater(() -> menuItem("menu-backup").fire());
        waitUntil("the backup is reported", () -> showing("#backup-result"));
        Window result = onFx(() -> lookup("#backup-result").query().getScene().getWindow());
        inspect("backup-result", layout, onFx(result::getScene));
        interact(result::hide);

        assertThat(problems).as("what is cut, outside or squashed").isEmpty();
    }

    private void inspect(String screen, LayoutCase layout, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            LayoutInspector.problems(scene).forEach(p -> problems.add(screen + " at " + layout.label() + ": " + p));
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }
}
