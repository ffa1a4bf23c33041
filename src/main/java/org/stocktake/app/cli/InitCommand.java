package org.stocktake.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.shared.config.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake init [--demo] [DIR]}: the one command that makes a workspace; every other one needs one. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Make a new workspace in DIR, a new or empty folder: empty, or with the demo.",
        footer = {
            "",
            "A workspace with the Birmingham demo, an empty one, then work in it.",
            "Examples:",
            "  stocktake init --demo ~/panel-demo",
            "  stocktake init ~/panel",
            "  stocktake --data ~/panel rounds list"
        })
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    StocktakeCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--demo", description = "Fill it with the demo: the Birmingham panel and the Kerslake review.")
    boolean demo;

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "The folder (default: --data, else STOCKTAKE_HOME, else the per-user data folder).")
    Path folder;

    @Override
    public Integer call() {
        Path target = folder != null ? DataFolder.resolve(folder) : root.dataFolder();
        AppContext.create(target, Clock.systemDefaultZone(), demo ? Contents.DEMO : Contents.EMPTY);
        spec.commandLine()
                .getOut()
                .println("Created " + (demo ? "a workspace with the demo" : "an empty workspace") + " in " + target
                        + ".");
        return 0;
    }
}
