package org.stocktake.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.stocktake.workspace.service.PassphraseChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake passphrase change}: a new passphrase for an encrypted workspace, in one step that a crash cannot split. */
@Command(
        name = "passphrase",
        mixinStandardHelpOptions = true,
        description = "The passphrase of an encrypted workspace.",
        footer = {"%nExample:", "  stocktake --data ~/panel-private passphrase change"},
        subcommands = {PassphraseCommand.ChangeCommand.class})
final class PassphraseCommand {

    @ParentCommand
    StocktakeCommand root;

    @Command(
            name = "change",
            mixinStandardHelpOptions = true,
            description = "Change the passphrase: the current one from STOCKTAKE_PASSPHRASE (else asked), the new one"
                    + " from STOCKTAKE_NEW_PASSPHRASE (else asked twice). Only the key file is rewritten, in one step:"
                    + " after a crash the old or the new passphrase opens the workspace. Backups made before keep the"
                    + " old one.",
            footer = {
                "%nExamples:",
                "  stocktake --data ~/panel-private passphrase change",
                "  STOCKTAKE_PASSPHRASE=… STOCKTAKE_NEW_PASSPHRASE=… stocktake passphrase change"
            })
    static final class ChangeCommand implements Callable<Integer> {

        @ParentCommand
        PassphraseCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            StocktakeCommand root = parent.root;
            Path folder = PassphraseChange.checkEncrypted(root.dataFolder());
            char[] current = root.passphrases.existing(folder);
            char[] replacement = null;
            try {
                replacement = root.passphrases.replacement(folder);
                PassphraseChange.change(folder, current, replacement);
            } finally {
                Arrays.fill(current, ' ');
                if (replacement != null) {
                    Arrays.fill(replacement, ' ');
                }
            }
            spec.commandLine()
                    .getOut()
                    .println("Changed the passphrase of the workspace in " + folder + ". Backups made before the change"
                            + " still open with the old one.");
            return 0;
        }
    }
}
