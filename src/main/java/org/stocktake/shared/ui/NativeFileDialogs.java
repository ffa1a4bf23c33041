package org.stocktake.shared.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own file choosers. */
public final class NativeFileDialogs implements FileDialogs {

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> openMany(Window owner, String title, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> save(
            Window owner, String title, String suggestedName, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = Arrays.stream(extensions).map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, patterns));
        for (String extension : extensions) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files", "*." + extension));
        }
        return chooser;
    }
}
