package org.stocktake.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stocktake.app.AppContext;
import org.stocktake.app.SpareCores;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.shared.ui.NativeFileDialogs;

/**
 * The JavaFX application. The workspace starts opening on a background thread before the toolkit is up, so the
 * window appears at once and fills as soon as the database is ready.
 */
public final class StocktakeApp extends Application {

    private static final Logger LOG = Logger.getLogger(StocktakeApp.class.getName());

    private static Path folder;
    private static boolean named;
    private static CompletableFuture<AppContext> opening;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private MainWindow window;

    /**
     * Opens the workspace in {@code dataFolder} and shows the window; returns when the window is closed. When the
     * folder holds no workspace, one is made with the demo if the folder is the default ({@code named} false), and
     * the user is asked first if it was named on the command line.
     */
    public static void start(Path dataFolder, boolean namedFolder) {
        folder = dataFolder;
        named = namedFolder;
        if (SpareCores.besideTheWindow()) {
            startOpening();
        }
        Application.launch(StocktakeApp.class);
    }

    private static synchronized void startOpening() {
        if (opening == null) {
            opening = CompletableFuture.supplyAsync(() -> AppContext.open(folder, Clock.systemDefaultZone()));
        }
    }

    @Override
    public void start(Stage stage) {
        window = new MainWindow(stage, WindowSettings.load(folder), tasks, new NativeFileDialogs());
        stage.setOnShown(e -> {
            StartupProbe.windowShown();
            Platform.runLater(() -> afterShown(stage));
        });
        stage.show();
    }

    private void afterShown(Stage stage) {
        startOpening();
        window.furnish();
        Clock clock = Clock.systemDefaultZone();
        new WorkspaceOpening(window, stage, folder, named, clock, opened -> {}, Platform::exit).follow(opening);
    }

    @Override
    public void stop() {
        // The window's own: encrypting in place closes the workspace and opens it again.
        AppContext context = window == null ? null : window.context();
        if (window != null
                && context != null
                && context.workspace().readOnlyReason().isEmpty()) {
            window.saveWork();
            // Settings belong to a workspace that takes changes: any other folder is left untouched.
            window.remember();
            try {
                window.settings().save();
            } catch (IOException e) {
                LOG.warning("Window settings were not saved: " + e);
            }
        }
        tasks.close();
        if (context != null) {
            context.close();
        }
    }
}
