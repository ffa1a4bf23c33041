package org.stocktake.backup.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.FileDialogs;

/**
 * The window's File menu actions for backups: each runs on the task runner, away from the window's thread, with its
 * progress in the status bar, and ends with one plain message.
 */
public final class BackupActions {

    private final Supplier<BackupTaking> backups;
    private final Function<Passphrase, BackupRestoring> restoring;
    private final PassphraseQuestion passphrases;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private final Clock clock;
    private boolean failureTold;

    private static final Duration FIRST_CHECK = Duration.minutes(5);
    private static final Duration CHECK_EVERY = Duration.minutes(10);

    /**
     * Asks for the passphrase a backup of an encrypted workspace was made under; {@code then} has it (null when
     * cancelled) and clears it once used. {@code problem}, when not null, says why it is asked again.
     */
    @FunctionalInterface
    public interface PassphraseQuestion {
        void ask(Window owner, Path backup, String problem, Consumer<char[]> then);
    }

    /**
     * @param backups the backups of the open workspace, or null before one is open
     * @param restoring restores backups, unlocking an encrypted one with the passphrase given
     * @param passphrases asks for the passphrase of a backup of an encrypted workspace
     */
    public BackupActions(
            Supplier<BackupTaking> backups,
            Function<Passphrase, BackupRestoring> restoring,
            PassphraseQuestion passphrases,
            TaskRunner tasks,
            FileDialogs files,
            Clock clock) {
        this.backups = backups;
        this.restoring = restoring;
        this.passphrases = passphrases;
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

    /**
     * Asks for a backup and a new folder, then restores it there; the open workspace is not touched. A backup of an
     * encrypted workspace is checked by opening it, so its passphrase is asked for first, and again while it is wrong.
     */
    public void restore(Window owner) {
        RestoreDialog.ask(owner, files).ifPresent(choice -> {
            if (BackupRestoring.ofEncryptedWorkspace(choice.backup())) {
                unlockAndRestore(owner, choice, null);
            } else {
                restore(owner, choice, restoring.apply(Passphrase.none()), () -> {}, null);
            }
        });
    }

    private void unlockAndRestore(Window owner, RestoreDialog.Choice choice, String problem) {
        passphrases.ask(owner, choice.backup(), problem, given -> {
            if (given == null) {
                return;
            }
            restore(
                    owner,
                    choice,
                    restoring.apply(folder -> given.clone()),
                    () -> Arrays.fill(given, ' '),
                    () -> unlockAndRestore(
                            owner,
                            choice,
                            "That passphrase does not open the workspace in this backup; type the"
                                    + " one it had when the backup was taken."));
        });
    }

    private void restore(
            Window owner, RestoreDialog.Choice choice, BackupRestoring by, Runnable clear, Runnable askAgain) {
        tasks.run(
                "Restoring the backup",
                progress -> by.restore(choice.backup(), choice.folder(), progress),
                folder -> {
                    clear.run();
                    tell(owner, Alert.AlertType.INFORMATION, "Backup restored", restored(folder));
                },
                error -> {
                    clear.run();
                    if (askAgain != null && wrongPassphrase(error)) {
                        askAgain.run();
                    } else {
                        tell(owner, Alert.AlertType.WARNING, "Nothing was restored", sentence(error));
                    }
                });
    }

    private static boolean wrongPassphrase(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof WrongPassphraseException) {
                return true;
            }
        }
        return false;
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
