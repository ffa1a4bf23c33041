package org.stocktake.app.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.workspace.service.PassphraseChange;

/**
 * The File menu's passphrase change. Only the key file is rewritten and the data key stays the one in memory, so the
 * open workspace stays open throughout: nothing is closed or reopened.
 */
final class PassphraseActions {

    private final TaskRunner tasks;

    PassphraseActions(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void change(Window owner, Path folder) {
        NewPassphraseDialog.ask(
                        owner,
                        "Change passphrase",
                        "Change the passphrase of the workspace in " + folder,
                        "Only the key file is rewritten, in one step: if Stocktake stops half way, the old passphrase"
                                + " or the new one opens the workspace. Backups taken before keep the old one.",
                        "Change",
                        true)
                .ifPresent(choice -> tasks.run(
                        "Changing the passphrase",
                        progress -> {
                            progress.message("Checking the current passphrase and sealing the key anew");
                            PassphraseChange.change(folder, choice.current(), choice.replacement());
                            return folder;
                        },
                        done -> {
                            choice.clear();
                            tell(
                                    owner,
                                    Alert.AlertType.INFORMATION,
                                    "Passphrase changed",
                                    "The workspace in " + folder + " now opens with the new passphrase. Backups taken"
                                            + " before the change still open with the old one.");
                        },
                        error -> {
                            choice.clear();
                            tell(owner, Alert.AlertType.WARNING, "The passphrase was not changed", sentence(error));
                        }));
    }

    static String sentence(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "An unexpected error occurred; details are in the log." : message;
    }

    static void tell(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("passphrase-result");
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }
}
