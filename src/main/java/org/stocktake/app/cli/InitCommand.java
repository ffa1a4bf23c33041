package org.stocktake.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.Actor;
import org.stocktake.shared.config.DataFolder;
import org.stocktake.shared.persistence.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake init [--demo] [--encrypt] [DIR]}: the one command that makes a workspace; every other one needs
 * one.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description =
                "Make a new workspace in DIR, a new or empty folder: empty, or with the demo; encrypted if asked.",
        footer = {
            "",
            "A workspace with the Birmingham demo, an empty one, then work in it.",
            "Examples:",
            "  stocktake init --demo ~/panel-demo",
            "  stocktake init ~/panel",
            "  stocktake init --encrypt ~/panel-private",
            "  stocktake --data ~/panel rounds list"
        })
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--demo", description = "Fill it with the demo: the Birmingham panel and the Kerslake review.")
    boolean demo;

    @Option(
            names = "--encrypt",
            description = "Encrypt it under a passphrase (from STOCKTAKE_PASSPHRASE, else asked twice): the database,"
                    + " stored files, index and log. Without the passphrase nothing in it can be read.")
    boolean encrypt;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "The folder (default: --data, else STOCKTAKE_HOME, else the per-user data folder).")
    Path folder;

    @Override
    public Integer call() {
        Path target = folder != null ? DataFolder.resolve(folder) : root.dataFolder();
        Contents contents = demo ? Contents.DEMO : Contents.EMPTY;
        if (!encrypt) {
            AppContext.create(target, Clock.systemDefaultZone(), contents);
            spec.commandLine()
                    .getOut()
                    .println("Created " + (demo ? "a workspace with the demo" : "an empty workspace") + " in " + target
                            + ".");
            return 0;
        }
        char[] passphrase = root.passphrases.chosen(target);
        try {
            AppContext.create(
                    target, Clock.systemDefaultZone(), Actor.fromEnvironment(), contents, Storage.DISK, passphrase);
        } finally {
            Arrays.fill(passphrase, ' ');
        }
        spec.commandLine()
                .getOut()
                .println("Created an encrypted " + (demo ? "workspace with the demo" : "empty workspace") + " in "
                        + target + ". Keep its passphrase safe: without it nothing in the workspace can be read.");
        return 0;
    }
}
