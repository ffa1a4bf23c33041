package org.stocktake.shared.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Puts an input/output error into one sentence a user can act on, rather than the platform's terse words. */
public final class FileProblem {

    private FileProblem() {}

    /** Why {@code file} could not be written, e.g. "Cannot write out.csv: the disk is full; free some space…". */
    public static String ofWriting(Path file, IOException e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "Cannot write " + file + ": the folder " + folderOf(file) + " does not exist.";
        }
        return "Cannot write " + file + ": " + reason(e, "choose a folder you can write to");
    }

    /** Why {@code file} could not be read. */
    public static String ofReading(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "The file " + file + " does not exist.";
        }
        return "Cannot read " + file + ": " + reason(e, "check the file's permissions or ask its owner");
    }

    /** True when the error, or one of its causes, says the disk is full. */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = lower(t.getMessage());
            if (message.contains("no space left")
                    || message.contains("not enough space")
                    || message.contains("disk quota exceeded")
                    || message.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** True when the error, or one of its causes, is the operating system refusing access. */
    public static boolean isPermissionDenied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = lower(t.getMessage());
            if (t instanceof AccessDeniedException
                    || message.contains("permission denied")
                    || message.contains("access is denied")
                    || message.contains("operation not permitted")) {
                return true;
            }
        }
        return false;
    }

    /** True when the error, or one of its causes, is a write to a file system mounted read-only. */
    public static boolean isReadOnlyFileSystem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (lower(t.getMessage()).contains("read-only file system")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException e, String permissionAdvice) {
        if (isDiskFull(e)) {
            return "the disk is full; free some space and try again.";
        }
        if (isReadOnlyFileSystem(e)) {
            return "the disk is read-only; choose another place.";
        }
        if (isPermissionDenied(e)) {
            return "permission denied; " + permissionAdvice + ".";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return (reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.strip()) + ".";
    }

    private static Path folderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? file : folder;
    }

    private static String lower(String message) {
        return message == null ? "" : message.toLowerCase(Locale.ROOT);
    }
}
