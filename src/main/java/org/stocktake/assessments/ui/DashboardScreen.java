package org.stocktake.assessments.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(DashboardScreen.class.getName());

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

    /**
     * Draws the chart as a picture of a fixed size ({@value ChartPicture#PIXEL_WIDTH} by
     * {@value ChartPicture#PIXEL_HEIGHT} pixels, whatever the window) and writes it to {@code file} (".png" is added
     * when missing). The status line says when it is saved, or why not.
     */
    public void saveChart(Path file) {
        if (!view.hasChart()) {
            model.statusMessage("There is no chart to save yet.");
            return;
        }
        Path target = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")
                ? file
                : file.resolveSibling(file.getFileName() + ".png");
        WritableImage image = view.chartPicture().draw();
        model.statusMessage("Saving the chart to " + target.getFileName() + "…");
        tasks.run(
                "Saving the chart to " + target.getFileName() + "…",
                progress -> {
                    PngWriter.write(image, target);
                    return target;
                },
                saved -> model.statusMessage("Saved the chart to " + saved.toAbsolutePath() + " ("
                        + ChartPicture.PIXEL_WIDTH + " by " + ChartPicture.PIXEL_HEIGHT + " pixels)."),
                error -> model.statusMessage(
                        "Could not save the chart to " + target.getFileName() + ": " + reason(error)));
    }

    private static String reason(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied. Choose a folder you can write to.";
        }
        if (error instanceof NoSuchFileException) {
            return "the folder does not exist. Choose another folder.";
        }
        LOG.log(Level.WARNING, "Could not save the chart", error);
        return "the file could not be written. Try another folder; the details are in Stocktake's log.";
    }
}
