package org.stocktake.app;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.shared.persistence.Database;

/**
 * The commonest commands run once, for {@code installer/class-data} to record while it makes the command launcher's
 * ahead-of-time cache: the listings most commands start with. The cache keeps what this run loaded. The window's
 * cache is recorded from the launcher itself, so it is not here. Never part of normal use.
 *
 * <p>Argument: {@code WORKSPACE}, a demo workspace made for the purpose.
 */
public final class CacheTraining {

    /**
     * Every start maps and links the whole cache, so it holds only what most commands need: a class that only signing
     * a letter uses would slow every listing to save that one command a little.
     */
    static final List<List<String>> COMMANDS = List.of(
            List.of("recommendations", "list"),
            List.of("rounds", "list"),
            List.of("evidence", "list"),
            List.of("correspondence", "list"));

    private CacheTraining() {}

    public static void main(String[] args) {
        Database.beginSettingUp();
        Logging.configure();
        for (List<String> command : COMMANDS) {
            List<String> arguments = new ArrayList<>(List.of("--data", args[0]));
            arguments.addAll(command);
            String[] line = arguments.toArray(String[]::new);
            // A command that fails here only leaves its classes out of the cache; the rest still count.
            int status =
                    StocktakeCommand.commandLine(new StocktakeCommand(), line).execute(line);
            System.err.println("training: " + String.join(" ", command) + " -> " + status);
        }
        System.exit(0);
    }
}
