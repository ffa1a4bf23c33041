package org.stocktake.backup.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stocktake.backup.service.AutomaticBackups;
import org.stocktake.backup.service.AutomaticBackups.Schedule;
import org.stocktake.backup.service.BackupRestoring;
import org.stocktake.backup.service.BackupTaking;
import org.stocktake.shared.config.WindowSettings;
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
    private boolean failureTold;

    private static final Duration FIRST_CHECK = Duration.minutes(5);
    private static final Duration CHECK_EVERY = Duration.minutes(10);

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

    /**
     * Checks now and then whether an automatic backup is due, and takes it on the task runner. The first check waits a
     * few minutes, so that opening the window is not slowed by a backup.
     */
    public void scheduleAutomatic(Window owner, WindowSettings settings, Path workspace) {
        Timeline checks = new Timeline(new KeyFrame(CHECK_EVERY, e -> takeIfDue(owner, settings, workspace)));
        checks.setDelay(FIRST_CHECK);
        checks.setCycleCount(Animation.INDEFINITE);
        checks.play();
    }

    /** Takes an automatic backup now if one is due; a failure is told once, plainly, and the next check tries again. */
    public void takeIfDue(Window owner, WindowSettings settings, Path workspace) {
        BackupTaking taking = backups.get();
        if (taking == null) {
            return;
        }
        Schedule schedule = BackupSchedule.read(settings, workspace);
        AutomaticBackups automatic = new AutomaticBackups(taking, clock);
        if (!automatic.due(schedule)) {
            return;
        }
        tasks.run(
                "Taking the automatic backup",
                progress -> automatic.takeIfDue(schedule, progress),
                taken -> {},
                error -> {
                    if (!failureTold) {
                        failureTold = true;
                        tell(owner, Alert.AlertType.WARNING, "The automatic backup failed", sentence(error));
                    }
                });
    }

    /** Asks for the automatic backup schedule and keeps it in the workspace's settings. */
    public void automaticSettings(Window owner, WindowSettings settings, Path workspace) {
        AutomaticBackupsDialog.ask(owner, files, BackupSchedule.read(settings, workspace))
                .ifPresent(schedule -> {
                    BackupSchedule.write(settings, schedule, workspace);
                    try {
                        settings.save();
                    } catch (IOException e) {
                        tell(owner, Alert.AlertType.WARNING, "The schedule was not saved", e.getMessage());
                    }
                });
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
