package org.stocktake.backup.ui;

import java.nio.file.Path;
import org.stocktake.backup.service.AutomaticBackups.Schedule;
import org.stocktake.backup.service.WorkspaceFiles;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.config.WindowSettings;

/** The automatic backup schedule as the workspace's settings keep it. */
final class BackupSchedule {

    static final boolean ON = true;
    static final int EVERY_HOURS = 24;
    static final int KEEP = 5;

    private BackupSchedule() {}

    /** The schedule kept in {@code settings}; the default (daily, five kept, in {@code backups/}) when none is. */
    static Schedule read(WindowSettings settings, Path workspace) {
        String folder = settings.text("backup.folder", "");
        Path where = folder.isBlank() ? workspace.resolve(WorkspaceFiles.BACKUPS) : Path.of(folder);
        try {
            return new Schedule(
                    settings.flag("backup.automatic", ON),
                    (int) settings.number("backup.everyHours", EVERY_HOURS),
                    (int) settings.number("backup.keep", KEEP),
                    where);
        } catch (ValidationException e) {
            // A settings file edited by hand out of bounds: the defaults hold until the dialog sets it again.
            return new Schedule(ON, EVERY_HOURS, KEEP, where);
        }
    }

    static void write(WindowSettings settings, Schedule schedule, Path workspace) {
        settings.put("backup.automatic", schedule.on());
        settings.put("backup.everyHours", schedule.everyHours());
        settings.put("backup.keep", schedule.keep());
        settings.put(
                "backup.folder",
                schedule.folder().equals(workspace.resolve(WorkspaceFiles.BACKUPS))
                        ? ""
                        : schedule.folder().toString());
    }
}
