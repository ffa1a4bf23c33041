package org.stocktake.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stocktake.app.AppContext;
import org.stocktake.shared.WorkspaceInUseException;
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
    private static CompletableFuture<AppContext> opening;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private MainWindow window;
    private AppContext context;

    /** Opens the workspace in {@code dataFolder} and shows the window; returns when the window is closed. */
    public static void start(Path dataFolder) {
        folder = dataFolder;
        if (Runtime.getRuntime().availableProcessors() > 2) {
            // With cores to spare, open the workspace while the toolkit starts; on two it would slow the window.
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
            Platform.runLater(this::afterShown);
        });
        stage.show();
    }

    private void afterShown() {
        startOpening();
        window.furnish();
        opening.whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error != null) {
                window.showProblem(describe(error));
            } else {
                context = opened;
                window.open(opened);
            }
        }));
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        if (cause instanceof WorkspaceInUseException
                || cause instanceof org.stocktake.shared.WorkspaceUnreadableException) {
            return cause.getMessage();
        }
        LOG.log(Level.SEVERE, "The workspace could not be opened", cause);
        return "The workspace in " + folder + " could not be opened: " + cause.getMessage();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.remember();
            try {
                window.settings().save();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Window settings were not saved", e);
            }
        }
        tasks.close();
        if (context != null) {
            context.close();
        }
    }
}
