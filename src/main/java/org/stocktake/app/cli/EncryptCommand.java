package org.stocktake.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.InPlaceEncryption;
import org.stocktake.workspace.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake encrypt}: a plain workspace encrypted where it is, in steps a crash cannot leave half done. */
@Command(
        name = "encrypt",
        mixinStandardHelpOptions = true,
        description = "Encrypt a plain workspace in place under a passphrase (from STOCKTAKE_PASSPHRASE, else asked"
                + " twice): the database, stored files, index and log. After a crash it opens either plain as before"
                + " or encrypted. Its snapshots, automatic backups, search index and log files are removed, as they"
                + " are plain copies; backups kept elsewhere stay plain.",
        footer = {"%nExamples:", "  stocktake --data ~/panel encrypt", "  stocktake --data ~/panel recommendations list"
        })
final class EncryptCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = root.dataFolder();
        if (Workspace.isEncrypted(folder)) {
            throw new ValidationException("The workspace in " + folder + " is encrypted already; nothing was changed."
                    + " To choose another passphrase, change it instead.");
        }
        char[] passphrase = root.passphrases.forEncrypting(folder);
        try {
            InPlaceEncryption.encrypt(folder, Clock.systemDefaultZone(), passphrase, Progress.NONE);
        } finally {
            Arrays.fill(passphrase, ' ');
        }
        spec.commandLine()
                .getOut()
                .println("Encrypted the workspace in " + folder + ". Keep its passphrase safe: without it nothing in"
                        + " the workspace can be read. Backups taken before are plain: delete them or keep them"
                        + " safe.");
        return 0;
    }
}
