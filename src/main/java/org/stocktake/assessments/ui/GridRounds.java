package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.TaskRunner;

/**
 * Opening and finalising rounds from the grid. Both write many rows (a copied round, every assessment made final), so
 * they run on the task runner with their progress in the status bar; the grid shows the outcome when they finish.
 */
final class GridRounds {

    private final AssessmentGridViewModel model;
    private final AssessmentService assessments;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    GridRounds(AssessmentGridViewModel model, AssessmentService assessments, TaskRunner tasks) {
        this.model = model;
        this.assessments = assessments;
        this.tasks = tasks;
    }

    /**
     * Checks the new round at once, then opens it in the background, copying {@code copyFrom} forward when given,
     * and shows it.
     *
     * @throws ValidationException with the problems of the title or date; nothing is started
     */
    void create(String title, LocalDate heldOn, AssessmentRound copyFrom) {
        long reviewId = model.reviewProperty().get() == null
                ? 0
                : model.reviewProperty().get().id();
        RoundDraft draft = new RoundDraft(reviewId, title, heldOn);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String name = title.strip();
        working.set(true);
        tasks.run(
                copyFrom == null
                        ? "Opening '" + name + "'…"
                        : "Opening '" + name + "', copying forward '" + copyFrom.title() + "'…",
                progress -> assessments.createRound(draft, copyFrom == null ? null : copyFrom.id()),
                created -> {
                    working.set(false);
                    model.rounds().add(created);
                    model.rounds().sort(RoundComparison.BY_DATE);
                    model.roundProperty().set(created);
                    model.statusMessage("Opened '" + created.title() + "'"
                            + (copyFrom == null
                                    ? "."
                                    : ", copied forward from '" + copyFrom.title() + "'. Carried ratings wait for"
                                            + " someone to confirm them (Space) or change them."));
                },
                error -> {
                    working.set(false);
                    model.refuse(
                            "The round was not opened", Failures.explain("opening the round '" + name + "'", error));
                });
    }

    /** Makes the shown round final in the background; its edits can no longer be undone, so the history is cleared. */
    void finalise() {
        AssessmentRound current = model.roundProperty().get();
        if (current == null || current.isFinal() || working.get()) {
            return;
        }
        working.set(true);
        tasks.run(
                "Finalising '" + current.title() + "'…",
                progress -> assessments.finalise(current.id()),
                done -> {
                    working.set(false);
                    int at = model.rounds().indexOf(current);
                    if (at >= 0) {
                        model.rounds().set(at, done);
                    }
                    AssessmentRound shown = model.roundProperty().get();
                    if (shown != null && shown.id() == done.id()) {
                        model.roundProperty().set(done);
                    }
                    model.edits().undoStack().clear();
                    model.statusMessage(
                            "'" + done.title() + "' is final. Changes to it are now recorded as corrections.");
                },
                error -> {
                    working.set(false);
                    model.refuse(
                            "The round was not finalised",
                            Failures.explain("finalising '" + current.title() + "'", error));
                });
    }

    /** Whether a round is being opened or finalised. */
    ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
