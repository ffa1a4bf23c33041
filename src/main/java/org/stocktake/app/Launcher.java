package org.stocktake.app;

import java.nio.file.Path;
import java.util.Optional;
import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.app.ui.StocktakeApp;
import org.stocktake.shared.config.DataFolder;
import org.stocktake.shared.persistence.Database;

/**
 * The jar's entry point. It is a plain class, not a JavaFX {@code Application}, so the window can start from the
 * class path. With no command it opens the window; with one it runs the command line over the same services.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Logging.configure();
        Optional<Path> window = windowFolder(args);
        // Beside a command's parsing the head start is always free; beside the window only with cores to spare.
        if (window.isEmpty() || SpareCores.besideTheWindow()) {
            Database.beginSettingUp();
        }
        if (window.isPresent()) {
            boolean named = !window.get().toString().isEmpty();
            StocktakeApp.start(DataFolder.resolve(named ? window.get() : null), named);
            System.exit(0);
        }
        System.exit(StocktakeCommand.commandLine(new StocktakeCommand(), args).execute(args));
    }

    /**
     * The workspace to open in the window when the arguments ask for nothing else: none, {@code --data DIR} or
     * {@code --data=DIR}. An empty path stands for the default folder. Anything else goes to the command line, which
     * is not built on the way to the window because it costs a noticeable part of start-up.
     */
    static Optional<Path> windowFolder(String[] args) {
        if (args.length == 0) {
            return Optional.of(Path.of(""));
        }
        if (args.length == 2 && args[0].equals("--data") && !args[1].startsWith("-")) {
            return Optional.of(Path.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--data=") && args[0].length() > "--data=".length()) {
            return Optional.of(Path.of(args[0].substring("--data=".length())));
        }
        return Optional.empty();
    }
}
