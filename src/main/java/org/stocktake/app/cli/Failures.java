package org.stocktake.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.stocktake.assessments.service.RoundFinalisedException;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceException;
import org.stocktake.shared.files.FileProblem;
import org.stocktake.shared.files.FileWriteException;

/**
 * Turns what went wrong in a command into the one line the user reads. Expected failures (a refusal, something not
 * found, a workspace in use, read-only or on a full disk, a file that cannot be read or written) are a sentence that
 * says what to do. Anything else is a fault: its stack trace goes to the log, never to the terminal.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(StocktakeCommand.class.getName());

    /** H2's error code for a write to a database it opened read-only, e.g. because its file may not be written. */
    private static final int DATABASE_IS_READ_ONLY = 90097;

    private Failures() {}

    /** The sentence for an expected failure, or empty when the failure is a fault. */
    static Optional<String> expected(Throwable error, Path workspace) {
        if (error instanceof FileWriteException) {
            return Optional.of(error.getMessage());
        }
        if (FileProblem.isDiskFull(error)) {
            return Optional.of(
                    find(error, SQLException.class).isPresent()
                            ? "The disk holding the workspace in " + workspace
                                    + " is full, so nothing was changed. Free some space and try again."
                            : "The disk is full. Free some space and try again.");
        }
        if (isReadOnlyDatabase(error)) {
            return Optional.of("The workspace in " + workspace
                    + " is read-only, so nothing was changed. Make the folder and its files writable, or work on a"
                    + " copy of it.");
        }
        Optional<AccessDeniedException> denied = find(error, AccessDeniedException.class);
        if (denied.isPresent()) {
            return Optional.of("Permission denied: " + denied.get().getFile()
                    + " may not be used by you. Check its permissions, or choose another place.");
        }
        if (isRefusal(error)) {
            return Optional.of(error.getMessage());
        }
        if (error instanceof UncheckedIOException unchecked
                && unchecked.getMessage().equals(String.valueOf(unchecked.getCause()))) {
            // Wrapped without words of its own: the cause's words are the ones to show.
            return Optional.of(String.valueOf(unchecked.getCause().getMessage()));
        }
        if (error instanceof UncheckedIOException || error instanceof IOException) {
            return Optional.of(String.valueOf(error.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Records a fault with its stack trace and gives the short line to print. The record goes to every handler the log
     * configuration has (the workspace's log file among them) except the console: the console has the short line.
     */
    static String unexpected(Throwable error) {
        LogRecord record = new LogRecord(Level.SEVERE, "A command failed unexpectedly");
        record.setThrown(error);
        record.setLoggerName(LOG.getName());
        for (Logger logger = LOG; logger != null; logger = logger.getParent()) {
            for (Handler handler : logger.getHandlers()) {
                if (!(handler instanceof ConsoleHandler)) {
                    handler.publish(record);
                    handler.flush();
                }
            }
            if (!logger.getUseParentHandlers()) {
                break;
            }
        }
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName()
                : error.getMessage();
        return "an unexpected error occurred: " + message + "; details are in the log";
    }

    /** The exceptions services throw on purpose, whose messages are written for the user. */
    private static boolean isRefusal(Throwable error) {
        return error instanceof ValidationException
                || error instanceof NotAllowedException
                || error instanceof NotFoundException
                || error instanceof StaleEditException
                || error instanceof RoundFinalisedException
                || error instanceof WorkspaceException;
    }

    private static boolean isReadOnlyDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DATABASE_IS_READ_ONLY) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("database is read only")) {
                return true;
            }
        }
        return FileProblem.isReadOnlyFileSystem(error);
    }

    private static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
