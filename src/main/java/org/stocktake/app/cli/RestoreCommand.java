package org.stocktake.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.shared.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake restore FILE --to DIR}: a backup into a new folder, checked whole before it is kept. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore a backup into DIR, a new or empty folder; never over a workspace. Every file is checked"
                + " against the backup's manifest, and the result must open and pass the audit check before it is"
                + " kept.",
        footer = {
            "%nExample:",
            "  stocktake restore ~/panel-2026-03-02.zip --to ~/panel-restored",
            "  stocktake --data ~/panel-restored audit verify"
        })
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "The new folder to restore into.")
    Path to;

    @Override
    public Integer call() {
        Path folder = to.toAbsolutePath().normalize();
        // A backup of an encrypted workspace is checked under its passphrase, asked for as any opening asks.
        AppContext.restoring(Clock.systemDefaultZone(), root.passphrases::existing)
                .restore(backup, folder, Progress.NONE);
        spec.commandLine()
                .getOut()
                .println("Restored " + backup + " into " + folder
                        + "; it opened and its audit trail verified. Work in it with: stocktake --data " + folder);
        return 0;
    }
}
