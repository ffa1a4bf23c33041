package org.stocktake.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Window;
import org.stocktake.shared.ui.FileDialogs;

/** Answers the window's file choosers with a path the test sets, since native choosers cannot be driven headless. */
public final class FakeFileDialogs implements FileDialogs {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile Path answer;

    /** The file the next chooser returns; null for a chooser the user cancels. */
    public void answer(Path file) {
        answer = file;
    }

    /** The titles of the choosers shown so far. */
    public List<String> asked() {
        return asked;
    }

    @Override
    public Optional<Path> open(Window owner, String title, String description, String... extensions) {
        asked.add(title);
        return Optional.ofNullable(answer);
    }

    @Override
    public List<Path> openMany(Window owner, String title, String description, String... extensions) {
        asked.add(title);
        return answer == null ? List.of() : List.of(answer);
    }

    @Override
    public Optional<Path> folder(Window owner, String title) {
        asked.add(title);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> save(
            Window owner, String title, String suggestedName, String description, String... extensions) {
        asked.add(title);
        return Optional.ofNullable(answer);
    }
}
