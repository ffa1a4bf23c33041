package org.stocktake.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stocktake.app.cli.StocktakeCommand;
import org.stocktake.app.ui.StocktakeApp;
import org.stocktake.shared.persistence.Database;

/**
 * One run of Stocktake's common work, for {@code installer/class-data} to record while it makes the installed image's
 * ahead-of-time cache: the commands people run most (listings, a search, the trail's check, a letter exported, signed
 * and verified) and then, unless {@code --no-window}, the window up to its register. The cache keeps what this run
 * loaded, so each of those starts as quickly as the window does. Never part of normal use.
 *
 * <p>Arguments: {@code WORKSPACE SCRATCH [--no-window]}: a demo workspace made for the purpose, and a folder for the
 * keystore and the PDFs. The keystore password comes from {@code STOCKTAKE_KEYSTORE_PASSWORD}, as for any command.
 */
public final class CacheTraining {

    private CacheTraining() {}

    public static void main(String[] args) {
        Database.beginSettingUp();
        Logging.configure();
        String workspace = args[0];
        Path scratch = Path.of(args[1]);
        String keystore = scratch.resolve("training.p12").toString();
        String letter = scratch.resolve("training.pdf").toString();
        List<List<String>> commands = new ArrayList<>(List.of(
                List.of("recommendations", "list"),
                List.of("rounds", "list"),
                List.of("assessments", "export", "--round", "1", "--format", "json"),
                List.of("evidence", "list"),
                List.of("search", "budget"),
                List.of("correspondence", "list"),
                List.of("letter", "list"),
                List.of("audit", "verify"),
                List.of("pdf", "certificate", "--name", "Training", "--out", keystore),
                List.of("letter", "export", "1", "--out", letter, "--sign", keystore, "--alias", "signing"),
                List.of("pdf", "verify", letter)));
        for (List<String> command : commands) {
            List<String> arguments = new ArrayList<>(List.of("--data", workspace));
            arguments.addAll(command);
            String[] line = arguments.toArray(String[]::new);
            // A command that fails here only leaves its classes out of the cache; the rest still count.
            int status =
                    StocktakeCommand.commandLine(new StocktakeCommand(), line).execute(line);
            System.err.println("training: " + String.join(" ", command) + " -> " + status);
        }
        if (args.length < 3 || !args[2].equals("--no-window")) {
            StocktakeApp.start(Path.of(workspace), true);
        }
        System.exit(0);
    }
}
