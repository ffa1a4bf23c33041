package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipFile;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.backup.service.AutomaticBackups;
import org.stocktake.shared.Actor;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.task.Progress;
import org.testfx.framework.junit5.Start;

/** Backing up and restoring from the File menu, as a person does it. */
class BackupWindowTest extends MainWindowTestBase {

    @TempDir
    Path elsewhere;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theFileMenuBacksUpTheOpenWorkspaceAndRestoresItIntoANewFolder() throws IOException {
        Path backup = elsewhere.resolve("panel.zip");
        files.answer(backup);
        Platform.runLater(() -> menuItem("menu-backup").fire());
        waitUntil("the backup is reported", () -> showing("#backup-result"));
        assertThat(result()).startsWith("Backed up ").contains(backup.toString());
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("stocktake.mv.db")).isNotNull();
        }
        closeResult();

        Path restored = elsewhere.resolve("restored");
        Platform.runLater(() -> menuItem("menu-restore").fire());
        waitUntil("the restore dialog is shown", () -> showing("#restore-dialog"));
        interact(() -> {
            lookup("#restore-backup").queryAs(TextField.class).setText(backup.toString());
            lookup("#restore-folder").queryAs(TextField.class).setText(restored.toString());
            ((javafx.scene.control.Button)
                            lookup("#restore-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK))
                    .fire();
        });
        waitUntil("the restore is reported", () -> showing("#backup-result"));
        assertThat(result()).contains("restored into " + restored);
        assertThat(Files.isRegularFile(restored.resolve("stocktake.mv.db"))).isTrue();
        closeResult();
    }

    @Test
    void anAutomaticBackupIsTakenIntoTheWorkspacesBackupsFolderWhenDue() {
        Path backups = folder.resolve("backups");
        interact(() -> window.backups().takeIfDue(window.stage(), settings, folder));
        waitUntil(
                "the automatic backup is taken",
                () -> !tasks.busyProperty().get()
                        && AutomaticBackups.kept(backups).size() == 1);
        interact(() -> window.backups().takeIfDue(window.stage(), settings, folder));
        waitUntil("nothing is running", () -> !tasks.busyProperty().get());
        assertThat(AutomaticBackups.kept(backups)).as("one a day, so none due").hasSize(1);
    }

    @Test
    void aBackupOfAnEncryptedWorkspaceIsRestoredUnderItsPassphraseAskedAgainWhileWrong() throws IOException {
        Path encrypted = elsewhere.resolve("encrypted");
        AppContext.create(
                encrypted,
                Clock.systemUTC(),
                new Actor("Test"),
                Contents.EMPTY,
                Storage.DISK,
                "plum tree seven lanterns".toCharArray());
        Path backup = elsewhere.resolve("encrypted.zip");
        try (AppContext context = AppContext.open(
                encrypted,
                Clock.systemUTC(),
                new Actor("Test"),
                Access.WRITE,
                Storage.DISK,
                f -> "plum tree seven lanterns".toCharArray())) {
            context.backups().take(backup, false, Progress.NONE);
        }

        Path restored = elsewhere.resolve("restored");
        Platform.runLater(() -> menuItem("menu-restore").fire());
        waitUntil("the restore dialog is shown", () -> showing("#restore-dialog"));
        interact(() -> {
            lookup("#restore-backup").queryAs(TextField.class).setText(backup.toString());
            lookup("#restore-folder").queryAs(TextField.class).setText(restored.toString());
            ((javafx.scene.control.Button)
                            lookup("#restore-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK))
                    .fire();
        });
        waitUntil("the passphrase is asked for", () -> showing("#passphrase-dialog"));
        interact(() -> {
            lookup("#unlock-passphrase").queryAs(PasswordField.class).setText("plum tree");
            ((javafx.scene.control.Button) lookup("#unlock-open").query()).fire();
        });
        waitUntil("the passphrase is asked for again", () -> showing("#unlock-problem"));
        assertThat(Files.exists(restored))
                .as("nothing restored under a wrong passphrase")
                .isFalse();
        interact(() -> {
            lookup("#unlock-passphrase").queryAs(PasswordField.class).setText("plum tree seven lanterns");
            ((javafx.scene.control.Button) lookup("#unlock-open").query()).fire();
        });
        waitUntil("the restore is reported", () -> showing("#backup-result"));
        assertThat(result()).contains("restored into " + restored);
        assertThat(Files.isRegularFile(restored.resolve("workspace.key"))).isTrue();
        closeResult();
    }

    @Test
    void aPlainWorkspaceHasNoPassphraseToChange() {
        assertThat(onFx(() -> menuItem("menu-change-passphrase").isDisable())).isTrue();
    }

    private String result() {
        return onFx(() -> lookup("#backup-result").queryAs(DialogPane.class).getContentText());
    }

    private void closeResult() {
        interact(() -> lookup("#backup-result")
                .queryAs(DialogPane.class)
                .getScene()
                .getWindow()
                .hide());
    }
}
