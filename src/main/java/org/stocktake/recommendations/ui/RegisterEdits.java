package org.stocktake.recommendations.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.undo.UndoStack;
import org.stocktake.shared.undo.UndoableChange;

/**
 * The register's changes: each is written at once through the service, shown in the register, recorded for undo, and
 * reported in the status bar naming the recommendation and its review.
 */
final class RegisterEdits {

    private static final Logger LOG = Logger.getLogger(RegisterEdits.class.getName());

    private final RecommendationService service;
    private final RegisterViewModel register;
    private final UndoStack undoStack = new UndoStack();

    RegisterEdits(RecommendationService service, RegisterViewModel register) {
        this.service = service;
        this.register = register;
    }

    Recommendation create(RecommendationDraft draft) {
        Recommendation created = service.create(draft);
        register.show(created);
        register.select(created);
        done(
                RecommendationChanges.created(service, created, register::show, register::hide),
                "Added recommendation " + created.number() + " to " + created.reviewCode() + ".");
        return created;
    }

    Recommendation update(Recommendation original, RecommendationDraft draft) {
        Recommendation saved = service.update(original.uuid(), original.version(), draft);
        register.show(saved);
        register.select(saved);
        done(
                RecommendationChanges.edited(service, original, saved, register::show),
                "Saved edit of recommendation " + saved.number() + ".");
        return saved;
    }

    void delete(Recommendation recommendation) {
        service.delete(recommendation.uuid());
        register.hide(recommendation.uuid());
        done(
                RecommendationChanges.deleted(service, recommendation, register::show, register::hide),
                "Deleted recommendation " + recommendation.number() + " of " + recommendation.reviewCode() + ".");
    }

    private void done(UndoableChange change, String message) {
        undoStack.done(change);
        register.statusMessage(message + " Undo with Ctrl+Z.");
    }

    void undo() {
        try {
            UndoableChange change = undoStack.undo();
            register.statusMessage(change == null ? "Nothing to undo." : "Undid " + change.description() + ".");
        } catch (ValidationException | StaleEditException | NotFoundException refused) {
            register.statusMessage("Cannot undo: " + refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Undo failed", e);
            register.statusMessage("Could not undo the last change. It is kept, so you can try again.");
        }
    }

    void redo() {
        try {
            UndoableChange change = undoStack.redo();
            register.statusMessage(change == null ? "Nothing to redo." : "Redid " + change.description() + ".");
        } catch (ValidationException | StaleEditException | NotFoundException refused) {
            register.statusMessage("Cannot redo: " + refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Redo failed", e);
            register.statusMessage("Could not redo the last change. It is kept, so you can try again.");
        }
    }

    UndoStack undoStack() {
        return undoStack;
    }
}
