package org.stocktake.app;

import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.app.ui.StocktakeApp;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The jar's entry point. It is a plain class, not a JavaFX {@code Application}, so the window can start from the
 * class path. With no command it opens the window; with one it runs the command line over the same services.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Logging.configure();
        StocktakeCommand root = new StocktakeCommand();
        CommandLine commandLine = StocktakeCommand.commandLine(root);
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(args);
        } catch (ParameterException e) {
            // Let picocli print its usual usage message and exit code.
            System.exit(StocktakeCommand.commandLine(new StocktakeCommand()).execute(args));
            return;
        }
        boolean opensWindow =
                !parsed.hasSubcommand() && !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        if (opensWindow) {
            StocktakeApp.start(root.dataFolder());
            System.exit(0);
        }
        System.exit(StocktakeCommand.commandLine(new StocktakeCommand()).execute(args));
    }
}
