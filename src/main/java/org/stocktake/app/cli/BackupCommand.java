package org.stocktake.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.backup.service.BackupTaking;
import org.stocktake.shared.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake backup --out FILE [--force]}: the whole workspace in one file, with a manifest of hashes. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Back up the workspace into one file: its database, evidence files and audit head, with a"
                + " manifest of their SHA-256 hashes. Restore it with 'stocktake restore'.",
        footer = {
            "%nExamples:",
            "  stocktake --data ~/panel backup --out ~/panel-2026-03-02.zip",
            "  stocktake backup --out /media/usb/panel.zip --force"
        })
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        try (AppContext context = root.openForReading()) {
            BackupTaking.Taken taken = context.backups().take(out, force, Progress.NONE);
            spec.commandLine().getOut().println(taken.summary());
            return 0;
        }
    }
}
