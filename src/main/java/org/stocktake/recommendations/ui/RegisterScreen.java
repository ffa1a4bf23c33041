package org.stocktake.recommendations.ui;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.stocktake.recommendations.service.ExportFormat;
import org.stocktake.recommendations.service.ProposedImport;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationExporter;
import org.stocktake.recommendations.service.RecommendationImporter;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.task.TaskRunner;
import org.stocktake.shared.ui.FileDialogs;

/** The register as the main window shows it: the view, its model, and the dialogs its actions open. */
public final class RegisterScreen implements RegisterActions {

    private static final Logger LOG = Logger.getLogger(RegisterScreen.class.getName());

    private final RegisterViewModel model;
    private final RegisterView view;
    private final RecommendationImporter importer;
    private final RecommendationExporter exporter;
    private final TaskRunner tasks;
    private final FileDialogs files;
    private ProposedImport proposed;

    public RegisterScreen(
            RegisterViewModel model,
            RecommendationImporter importer,
            RecommendationExporter exporter,
            TaskRunner tasks,
            FileDialogs files) {
        this.model = model;
        this.importer = importer;
        this.exporter = exporter;
        this.tasks = tasks;
        this.files = files;
        this.view = new RegisterView(model, this);
    }

    /** Lets the register propose recommendations from the library's documents ("Propose from a document…"). */
    public void useLibrary(ProposedImport proposedImport) {
        this.proposed = proposedImport;
    }

    public RegisterView view() {
        return view;
    }

    public RegisterViewModel model() {
        return model;
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    @Override
    public void create() {
        if (model.reviews().isEmpty()) {
            warn("No review yet", "Import a review's recommendations first (File > Import recommendations).");
            return;
        }
        var draft = model.newDraft();
        List<Review> reviews = List.copyOf(model.reviews());
        new RecommendationEditor(
                        window(),
                        "New recommendation",
                        reviews,
                        model.themes(draft.reviewId()),
                        draft,
                        false,
                        model::create)
                .showAndWait();
    }

    @Override
    public void edit() {
        Recommendation selected = model.selectedProperty().get();
        if (selected == null) {
            return;
        }
        RecommendationEditor.forEdit(
                        window(),
                        List.copyOf(model.reviews()),
                        model.themes(selected.reviewId()),
                        selected,
                        draft -> model.update(selected, draft))
                .showAndWait();
    }

    /** Deletes the selected recommendation at once; the status bar names it and its review, and undo restores it. */
    @Override
    public void delete() {
        model.deleteSelected();
    }

    /** Asks for a CSV or JSON file and opens the import preview on it. */
    public void importFile() {
        files.open(window(), "Import recommendations", "Recommendation files", "csv", "json")
                .ifPresent(this::importFile);
    }

    /** Opens the import preview on {@code file}; importing reloads the register. */
    public void importFile(Path file) {
        ImportViewModel importModel = new ImportViewModel(importer, tasks, model.reviews(), file);
        new ImportDialog(window(), importModel).showAndWait().ifPresent(result -> {
            model.load();
            model.reviewFilterProperty().set(null);
            model.statusMessage("Imported " + result.added()
                    + (result.added() == 1 ? " recommendation" : " recommendations") + " into "
                    + result.review().label() + ".");
        });
    }

    /**
     * Asks which document of the library is the review, finds its numbered recommendations and opens the import
     * preview on them; importing links each to its page and reloads the register.
     */
    @Override
    public void proposeFromDocument() {
        if (proposed == null) {
            warn("No library", "The evidence library is not open; open a workspace first.");
            return;
        }
        ProposedImport library = proposed;
        tasks.run(
                "Listing the library",
                progress -> library.documents(),
                documents -> {
                    if (documents.isEmpty()) {
                        warn(
                                "No document yet",
                                "Add the review to the library first (Evidence > Add), then propose its"
                                        + " recommendations from it.");
                        return;
                    }
                    ProposedDocumentChoice.ask(window(), documents)
                            .ifPresent(document -> tasks.run(
                                    "Reading " + document.title(),
                                    progress -> library.propose(document.id()),
                                    this::preview,
                                    error -> warn(
                                            "Cannot read the document",
                                            ImportFailure.sentence("Nothing was found", error))));
                },
                error -> warn("Cannot read the library", ImportFailure.sentence("Nothing was found", error)));
    }

    private void preview(ProposedImport.Proposal proposal) {
        ImportViewModel importModel = new ImportViewModel(proposed, proposal, tasks, model.reviews());
        new ImportDialog(window(), importModel).showAndWait().ifPresent(result -> {
            model.load();
            model.reviewFilterProperty().set(null);
            model.statusMessage("Imported " + result.added()
                    + (result.added() == 1 ? " recommendation" : " recommendations") + " into "
                    + result.review().label() + " from '" + proposal.document().title()
                    + "', each linked to its page.");
        });
    }

    /**
     * Asks where to save the shown review's recommendations, then writes them. With all reviews shown, first asks
     * which review: a file holds one review.
     */
    public void exportFile() {
        Review review = model.reviewFilterProperty().get();
        if (review == null && model.reviews().size() == 1) {
            review = model.reviews().get(0);
        }
        if (review == null && !model.reviews().isEmpty()) {
            review = ExportChoice.ask(window(), model.reviews()).orElse(null);
            if (review == null) {
                return;
            }
        }
        if (review == null) {
            warn("No review yet", "Import a review's recommendations first (File > Import recommendations).");
            return;
        }
        Review chosen = review;
        files.save(window(), "Export recommendations", chosen.code() + ".csv", "CSV or JSON", "csv", "json")
                .ifPresent(file -> tasks.run(
                        "Exporting " + chosen.code(),
                        progress -> {
                            ExportFormat.forFile(file);
                            exporter.export(chosen.code(), file);
                            return file;
                        },
                        done -> model.statusMessage("Exported " + chosen.code() + " to " + done.getFileName() + "."),
                        error -> warn("Export failed", explain(chosen, error))));
    }

    /** A refusal or a write that failed is explained as it is; anything else is logged and told plainly. */
    private static String explain(Review review, Throwable error) {
        if (error instanceof UncheckedIOException
                || error instanceof IllegalArgumentException
                || error instanceof NotFoundException) {
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Exporting " + review.code() + " failed", error);
        return "The recommendations of " + review.label() + " could not be exported. Try another folder or file name.";
    }

    private void warn(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(window());
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
