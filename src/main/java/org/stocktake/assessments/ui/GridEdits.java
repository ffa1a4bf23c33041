package org.stocktake.assessments.ui;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.shared.undo.UndoStack;
import org.stocktake.shared.undo.UndoableChange;

/**
 * What the assessor types into the grid's rows, each change saved at once through the service at the version the
 * row was read at, and kept for undo. A refusal (final round, changed meanwhile, invalid) leaves the row as it was and
 * is reported as a {@link Problem}, with any commentary that was not saved.
 */
public final class GridEdits {

    private final AssessmentGridViewModel model;
    private final AssessmentService assessments;
    private final UndoStack undoStack = new UndoStack();

    GridEdits(AssessmentGridViewModel model, AssessmentService assessments) {
        this.model = model;
        this.assessments = assessments;
    }

    /**
     * Picks the level a typed key names: the first level matching it, or, when the row already has a matching level,
     * the next one, so typing the same initial again cycles through them.
     */
    public boolean typeLevel(Assessment row, String typed) {
        RatingScale scale = model.scaleProperty().get();
        if (refusedAsFinal() || scale == null) {
            return false;
        }
        List<RatingLevel> matches = scale.matching(typed);
        if (matches.isEmpty()) {
            model.statusMessage("No level of the " + scale.name() + " scale starts with '" + typed + "'. Type "
                    + RoundText.levelKeys(scale) + ".");
            return false;
        }
        int at = -1;
        for (int i = 0; row.level() != null && i < matches.size(); i++) {
            at = matches.get(i).code().equals(row.level().code()) ? i : at;
        }
        return setLevel(row, matches.get((at + 1) % matches.size()));
    }

    /** Sets the direction a typed key names: I, S or D. */
    public boolean typeDirection(Assessment row, String typed) {
        if (refusedAsFinal()) {
            return false;
        }
        Direction direction = Direction.forKey(typed);
        if (direction == null) {
            model.statusMessage("Type I for improving, S for static or D for declining.");
            return false;
        }
        return setDirection(row, direction);
    }

    public boolean setLevel(Assessment row, RatingLevel level) {
        return save(row, row.toDraft().withLevel(level == null ? null : level.code()));
    }

    public boolean setDirection(Assessment row, Direction direction) {
        return save(row, row.toDraft().withDirection(direction));
    }

    public boolean setCommentary(Assessment row, String commentary) {
        return save(row, row.toDraft().withCommentary(commentary));
    }

    /**
     * Confirms a carried row as it stands: the assessor says the earlier rating, direction and commentary still hold,
     * and the row becomes theirs, dated today. Does nothing to a row that is not carried.
     */
    public boolean confirm(Assessment row) {
        if (!row.isCarried()) {
            return true;
        }
        return save(row, row.toDraft());
    }

    /**
     * Saves the row's new draft at once and shows the saved assessment in its place; false if it was refused. An
     * unchanged draft is not written, except on a carried row, where saving it is confirming it.
     */
    public boolean save(Assessment row, AssessmentDraft draft) {
        AssessmentDraft before = row.toDraft();
        if (before.equals(draft) && !row.isCarried()) {
            return true;
        }
        if (refusedAsFinal()) {
            return false;
        }
        String what = before.equals(draft)
                ? "confirmation of recommendation " + row.number()
                : AssessmentEdit.describe(row.number(), before, draft);
        try {
            model.show(assessments.save(row.roundId(), row.recommendationUuid(), row.version(), draft));
        } catch (RuntimeException e) {
            String unsaved = Objects.equals(before.commentary(), draft.commentary()) ? null : draft.commentary();
            model.refuse("The " + what + " was not saved", Failures.explain("saving the " + what, e), unsaved);
            return false;
        }
        if (before.equals(draft)) {
            // Nothing to take back: the values are as they were, only now someone vouches for them.
            model.statusMessage("Confirmed the carried assessment of recommendation " + row.number() + ".");
            return true;
        }
        undoStack.done(
                new AssessmentEdit(this::saveAgain, row.roundId(), row.recommendationUuid(), what, before, draft));
        model.statusMessage("Saved " + what + ". Undo with Ctrl+Z.");
        return true;
    }

    /** For undo and redo: saves a draft over the assessment as it now stands, whichever round is shown. */
    private void saveAgain(long roundId, UUID recommendationUuid, AssessmentDraft draft) {
        AssessmentRound shown = model.roundProperty().get();
        boolean onScreen = shown != null && shown.id() == roundId;
        Assessment current = (onScreen ? model.rows() : assessments.assessments(roundId))
                .stream()
                        .filter(a -> a.recommendationUuid().equals(recommendationUuid))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("That recommendation is no longer in the round."));
        Assessment saved = assessments.save(roundId, recommendationUuid, current.version(), draft);
        if (onScreen) {
            model.show(saved);
        }
    }

    /** Whether the shown round cannot be edited; if so, the status says why and what to do instead. */
    boolean refusedAsFinal() {
        AssessmentRound current = model.roundProperty().get();
        if (current != null && !current.isFinal()) {
            return false;
        }
        model.statusMessage(
                current == null
                        ? "Open a round first (New round…)."
                        : "'" + current.title() + "' is final and read-only: use Correct… to record a change.");
        return true;
    }

    /**
     * Records a correction to a row of the final round, with its reason, and shows the corrected row. Corrections
     * are appended, never undone.
     *
     * @throws org.stocktake.shared.ValidationException with the problem; nothing is written
     */
    public Assessment correct(Assessment row, AssessmentDraft draft, String reason) {
        Assessment corrected = assessments.correct(row.roundId(), row.recommendationUuid(), draft, reason);
        model.show(corrected);
        model.reload(); // reads the correction back beside the original
        model.statusMessage("Recorded a correction to recommendation " + row.number() + " in '"
                + model.roundProperty().get().title() + "'; the original stays on record.");
        return corrected;
    }

    /** Takes back the last saved change by saving the row as it was; a refusal is reported and kept for later. */
    public void undo() {
        try {
            UndoableChange change = undoStack.undo();
            model.statusMessage(change == null ? "Nothing to undo." : "Undid " + change.description() + ".");
        } catch (RuntimeException e) {
            model.refuse("Cannot undo", Failures.explain("undoing the last change", e));
        }
    }

    public void redo() {
        try {
            UndoableChange change = undoStack.redo();
            model.statusMessage(change == null ? "Nothing to redo." : "Redid " + change.description() + ".");
        } catch (RuntimeException e) {
            model.refuse("Cannot redo", Failures.explain("redoing the change", e));
        }
    }

    public UndoStack undoStack() {
        return undoStack;
    }
}
