package org.stocktake.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.app.AppContext;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.config.DataFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stocktake [--data DIR] [COMMAND]}: without a command the window opens. */
@Command(
        name = "stocktake",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A workbench for independent improvement panels. Without a command, opens the window.",
        subcommands = {
            InitCommand.class,
            RecommendationsCommand.class,
            RoundsCommand.class,
            AssessmentsCommand.class,
            AuditCommand.class
        })
public final class StocktakeCommand {

    public static final int USER_ERROR = 1;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The workspace folder (default: STOCKTAKE_HOME, else the per-user data folder).")
    private Path data;

    /** The workspace folder this invocation works on. */
    public Path dataFolder() {
        return DataFolder.resolve(data);
    }

    AppContext openContext() {
        return AppContext.open(dataFolder(), Clock.systemDefaultZone());
    }

    public static CommandLine commandLine(StocktakeCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (isUserError(e)) {
                cmd.getErr().println("stocktake: " + e.getMessage());
                return USER_ERROR;
            }
            throw e;
        });
        return commandLine;
    }

    private static boolean isUserError(Exception e) {
        return e instanceof ValidationException
                || e instanceof NotFoundException
                || e instanceof StaleEditException
                || e instanceof WorkspaceInUseException
                || e instanceof org.stocktake.shared.WorkspaceUnreadableException
                || e instanceof org.stocktake.shared.WorkspaceException
                || e instanceof IllegalArgumentException
                || e instanceof java.io.UncheckedIOException
                || e instanceof java.io.IOException;
    }
}
