package org.stocktake.recommendations.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportRow;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.recommendations.service.ProposedImport;
import org.stocktake.recommendations.service.RecommendationImporter;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;

/**
 * The state of one import: the file (or the recommendations proposed from a document), which review it goes into, the
 * checked preview, and the outcome. Proposed rows can be corrected or left out; each change is checked again.
 */
public final class ImportViewModel {

    /** Where the file's recommendations go. */
    public enum Destination {
        AS_IN_FILE,
        EXISTING_REVIEW,
        NEW_REVIEW
    }

    private final RecommendationImporter importer;
    private final TaskRunner tasks;
    private final List<Review> reviews;
    private final Path file;
    private final ProposedImport proposed;
    private final ProposedImport.Proposal proposal;
    private final ObservableList<ProposedRow> proposedRows = FXCollections.observableArrayList();
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>();
    private final ObjectProperty<Review> existingReview = new SimpleObjectProperty<>();
    private final StringProperty newCode = new SimpleStringProperty("");
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canImport;
    private int checks;

    public ImportViewModel(RecommendationImporter importer, TaskRunner tasks, List<Review> reviews, Path file) {
        this(importer, null, null, tasks, reviews, file);
    }

    /** An import of the recommendations proposed from a document of the library. */
    public ImportViewModel(
            ProposedImport proposed, ProposedImport.Proposal proposal, TaskRunner tasks, List<Review> reviews) {
        this(null, proposed, proposal, tasks, reviews, null);
        proposal.rows().forEach(row -> proposedRows.add(new ProposedRow(row)));
    }

    private ImportViewModel(
            RecommendationImporter importer,
            ProposedImport proposed,
            ProposedImport.Proposal proposal,
            TaskRunner tasks,
            List<Review> reviews,
            Path file) {
        this.importer = importer;
        this.proposed = proposed;
        this.proposal = proposal;
        this.tasks = tasks;
        this.reviews = List.copyOf(reviews);
        this.file = file;
        boolean json = file != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        destination.set(
                json
                        ? Destination.AS_IN_FILE
                        : reviews.isEmpty() ? Destination.NEW_REVIEW : Destination.EXISTING_REVIEW);
        existingReview.set(reviews.isEmpty() ? null : reviews.get(0));
        canImport = Bindings.createBooleanBinding(
                () -> !busy.get() && preview.get() != null && preview.get().isClean(), busy, preview);
        // A check made before the user's last keystroke must never be imported: drop it at once.
        newCode.addListener((obs, old, now) -> outdated());
        newTitle.addListener((obs, old, now) -> outdated());
        destination.addListener((obs, old, now) -> outdated());
        existingReview.addListener((obs, old, now) -> outdated());
    }

    public boolean fileNamesItsReview() {
        return destination.get() == Destination.AS_IN_FILE;
    }

    /** Reads and checks the file (or the proposed rows as corrected) against the chosen destination; writes nothing. */
    public void check() {
        ImportTarget target = target();
        int check = ++checks;
        busy.set(true);
        List<ImportRow> rows = proposedRows.stream()
                .filter(r -> r.includedProperty().get())
                .map(ProposedRow::toRow)
                .toList();
        tasks.run(
                "Checking " + sourceName(),
                progress ->
                        proposal != null ? proposed.preview(proposal, rows, target) : importer.preview(file, target),
                result -> {
                    if (check == checks) {
                        preview.set(result);
                        busy.set(false);
                    }
                },
                error -> {
                    if (check == checks) {
                        preview.set(new ImportPreview(
                                sourceName(),
                                null,
                                false,
                                List.of(),
                                List.of(new ImportProblem(
                                        0, null, ImportFailure.sentence("The file could not be read", error)))));
                        busy.set(false);
                    }
                });
    }

    /** Tells that a proposed row was corrected or left out: the preview shown is outdated until checked again. */
    public void rowsChanged() {
        outdated();
    }

    private void outdated() {
        checks++;
        busy.set(false);
        preview.set(null);
    }

    ImportTarget target() {
        return switch (destination.get()) {
            case AS_IN_FILE -> null;
            case EXISTING_REVIEW ->
                existingReview.get() == null
                        ? null
                        : new ImportTarget(existingReview.get().code(), null);
            case NEW_REVIEW ->
                new ImportTarget(newCode.get().strip(), newTitle.get().strip());
        };
    }

    /** Writes the checked file; {@code done} receives the outcome, {@code failed} the reason nothing was written. */
    public void importNow(Consumer<ImportResult> done, Consumer<Throwable> failed) {
        ImportPreview checked = preview.get();
        if (checked == null || !checked.isClean()) {
            return;
        }
        busy.set(true);
        tasks.run(
                "Importing " + sourceName(),
                progress -> proposal != null ? proposed.apply(proposal, checked) : importer.apply(checked),
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                error -> {
                    busy.set(false);
                    failed.accept(error);
                });
    }

    /** The file imported; null for proposed recommendations. */
    public Path file() {
        return file;
    }

    /** What is imported, as the dialog names it: the file's name, or the document's title in quotes. */
    public String sourceName() {
        return proposal != null ? "'" + proposal.document().title() + "'" : String.valueOf(file.getFileName());
    }

    public boolean isProposal() {
        return proposal != null;
    }

    /** The proposed recommendations, to correct; empty for a file. */
    public ObservableList<ProposedRow> proposedRows() {
        return proposedRows;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    public ObjectProperty<Review> existingReviewProperty() {
        return existingReview;
    }

    public StringProperty newCodeProperty() {
        return newCode;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
