package org.stocktake.assessments.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.shared.ui.PngWriter;

/** The dashboard as the main window shows it: the view, its model, and saving the chart as an image. */
public final class DashboardScreen {

    private final DashboardViewModel model;
    private final DashboardView view;
    private final TaskRunner tasks;
    private final FileDialogs files;

    public DashboardScreen(
            DashboardService dashboards, RecommendationService recommendations, TaskRunner tasks, FileDialogs files) {
        this.model = new DashboardViewModel(dashboards, recommendations, tasks);
        this.view = new DashboardView(model, this::saveChart);
        this.tasks = tasks;
        this.files = files;
    }

    public DashboardView view() {
        return view;
    }

    public DashboardViewModel model() {
        return model;
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    /** Asks where to save the ratings chart, then writes it there as a PNG. */
    public void saveChart() {
        Review review = model.reviewProperty().get();
        String suggested = (review == null ? "dashboard" : review.code()) + "-ratings.png";
        files.save(window(), "Save chart as PNG", suggested, "PNG image", "png").ifPresent(this::saveChart);
    }

    /** Draws the chart as it is shown now and writes it to {@code file} (".png" is added when missing). */
    public void saveChart(Path file) {
        if (!view.hasChart()) {
            model.statusMessage("There is no chart to save yet.");
            return;
        }
        Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                ? file
                : file.resolveSibling(file.getFileName() + ".png");
        WritableImage image = view.chartImage();
        model.statusMessage("Saving the chart…");
        tasks.run(
                "Saving the chart",
                progress -> {
                    PngWriter.write(image, target);
                    return target;
                },
                saved -> model.statusMessage("Saved the chart to " + saved.getFileName() + "."),
                error -> model.statusMessage(
                        "Could not save the chart to " + target.getFileName() + ": " + reason(error)));
    }

    private static String reason(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied.";
        }
        if (error instanceof NoSuchFileException) {
            return "the folder does not exist.";
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
