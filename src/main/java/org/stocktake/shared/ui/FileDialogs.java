package org.stocktake.shared.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to read or write. The window uses native choosers; tests answer with a fixed path. */
public interface FileDialogs {

    Optional<Path> open(Window owner, String title, String description, String... extensions);

    /** Several files to read, none when the user cancels. */
    List<Path> openMany(Window owner, String title, String description, String... extensions);

    /** A folder to read, empty when the user cancels. */
    Optional<Path> folder(Window owner, String title);

    Optional<Path> save(Window owner, String title, String suggestedName, String description, String... extensions);
}
