package org.stocktake.backup.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.stocktake.backup.service.BackupRestoring;
import org.stocktake.backup.service.BackupTaking;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.FileDialogs;

/**
 * The window's File menu actions for backups: each runs on the task runner, away from the window's thread, with its
 * progress in the status bar, and ends with one plain message.
 */
public final class BackupActions {

    private final Supplier<BackupTaking> backups;
    private final BackupRestoring restoring;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final Clock clock;

    /** @param backups the backups of the open workspace, or null before one is open */
    public BackupActions(
            Supplier<BackupTaking> backups,
            BackupRestoring restoring,
            TaskRunner tasks,
            FileDialogs files,
            Clock clock) {
        this.backups = backups;
        this.restoring = restoring;
        this.tasks = tasks;
        this.files = files;
        this.clock = clock;
    }

    /** Asks where to write the backup, then takes it. */
    public void backUp(Window owner, String workspaceName) {
        BackupTaking taking = backups.get();
        if (taking == null) {
            return;
        }
        String suggested = fileName(workspaceName) + "-" + LocalDate.now(clock) + ".zip";
        files.save(owner, "Back up workspace", suggested, "Stocktake backup", "*.zip")
                .ifPresent(out -> tasks.run(
                        "Backing up the workspace",
                        // The file chooser has already asked whether to replace a file of that name.
                        progress -> taking.take(out, true, progress),
                        taken -> tell(owner, Alert.AlertType.INFORMATION, "Backup taken", taken.summary()),
                        error -> tell(owner, Alert.AlertType.WARNING, "No backup was taken", sentence(error))));
    }

    /** Asks for a backup and a new folder, then restores it there; the open workspace is not touched. */
    public void restore(Window owner) {
        RestoreDialog.ask(owner, files)
                .ifPresent(choice -> tasks.run(
                        "Restoring the backup",
                        progress -> restoring.restore(choice.backup(), choice.folder(), progress),
                        folder -> tell(owner, Alert.AlertType.INFORMATION, "Backup restored", restored(folder)),
                        error -> tell(owner, Alert.AlertType.WARNING, "Nothing was restored", sentence(error))));
    }

    static String restored(Path folder) {
        return "The workspace was restored into " + folder + "; it opened and its audit trail verified. This window"
                + " still shows the workspace it had open: to work in the restored one, start Stocktake with --data "
                + folder + ".";
    }

    private static String sentence(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "An unexpected error occurred; details are in the log." : message;
    }

    private static String fileName(String workspaceName) {
        String name = workspaceName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return name.isEmpty() ? "stocktake-backup" : name.toLowerCase(java.util.Locale.ROOT);
    }

    private static void tell(Window owner, Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("backup-result");
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }
}
