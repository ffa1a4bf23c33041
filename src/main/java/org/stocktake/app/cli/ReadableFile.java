package org.stocktake.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.stocktake.shared.ValidationException;

/**
 * Checks a file named on the command line before anything opens it. Only an ordinary file is read: a named pipe would
 * block the command until something wrote to it, and a device might never end.
 */
final class ReadableFile {

    private ReadableFile() {}

    /** @throws ValidationException saying what is wrong when {@code file} is not an ordinary file the user may read */
    static Path check(Path file) {
        if (Files.isDirectory(file)) {
            throw new ValidationException(file + " is a folder; name a .csv or .json file.");
        }
        if (!Files.exists(file)) {
            throw new ValidationException("The file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(file
                    + " is not an ordinary file (it may be a named pipe or a device); Stocktake reads only files. Save"
                    + " the content to a file and import that.");
        }
        if (!Files.isReadable(file)) {
            throw new ValidationException(
                    "Permission denied: you may not read " + file + ". Check its permissions, or ask its owner.");
        }
        return file;
    }
}
