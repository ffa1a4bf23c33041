package org.stocktake.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.app.ui.StocktakeApp;
import org.stocktake.shared.persistence.Database;

/**
 * One run of Stocktake's commonest work, for {@code installer/class-data} to record while it makes the installed
 * image's ahead-of-time cache: a listing, as most commands start with one, and then, unless {@code --no-window}, the
 * window up to its register. The cache keeps what this run loaded. Never part of normal use.
 *
 * <p>Arguments: {@code WORKSPACE [--no-window]}: a demo workspace made for the purpose.
 */
public final class CacheTraining {

    private CacheTraining() {}

    public static void main(String[] args) {
        Database.beginSettingUp();
        Logging.configure();
        String workspace = args[0];
        // Only what most starts need: every start maps and links the whole cache, so a class that only signing a
        // letter uses would slow every listing and every window to save that one command a little.
        List<List<String>> commands = List.of(List.of("recommendations", "list"), List.of("rounds", "list"));
        for (List<String> command : commands) {
            List<String> arguments = new ArrayList<>(List.of("--data", workspace));
            arguments.addAll(command);
            String[] line = arguments.toArray(String[]::new);
            // A command that fails here only leaves its classes out of the cache; the rest still count.
            int status =
                    StocktakeCommand.commandLine(new StocktakeCommand(), line).execute(line);
            System.err.println("training: " + String.join(" ", command) + " -> " + status);
        }
        if (args.length < 2 || !args[1].equals("--no-window")) {
            StocktakeApp.start(Path.of(workspace), true);
        }
        System.exit(0);
    }
}
