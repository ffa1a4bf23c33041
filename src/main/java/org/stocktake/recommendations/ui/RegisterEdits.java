package org.stocktake.recommendations.ui;

import java.util.UUID;
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
        show(created);
        register.select(created);
        done(
                RecommendationChanges.created(service, created, this::show, this::hide),
                "Added recommendation " + created.number() + " to " + created.reviewCode() + ".");
        return created;
    }

    Recommendation update(Recommendation original, RecommendationDraft draft) {
        Recommendation saved = service.update(original.uuid(), original.version(), draft);
        show(saved);
        register.select(saved);
        done(
                RecommendationChanges.edited(service, original, saved, this::show),
                "Saved edit of recommendation " + saved.number() + ".");
        return saved;
    }

    void delete(Recommendation recommendation) {
        service.delete(recommendation.uuid());
        hide(recommendation.uuid());
        done(
                RecommendationChanges.deleted(service, recommendation, this::show, this::hide),
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

    /** Puts a new or changed recommendation in its place in the register, keeping it selected if it was. */
    void show(Recommendation recommendation) {
        for (int i = 0; i < register.all().size(); i++) {
            if (register.all().get(i).uuid().equals(recommendation.uuid())) {
                register.all().set(i, recommendation);
                if (register.selectedProperty().get() != null
                        && register.selectedProperty().get().uuid().equals(recommendation.uuid())) {
                    register.selectedProperty().set(recommendation);
                }
                return;
            }
        }
        register.all().add(insertionPoint(recommendation), recommendation);
    }

    private int insertionPoint(Recommendation recommendation) {
        int at = register.all().size();
        for (int i = 0; i < register.all().size(); i++) {
            Recommendation other = register.all().get(i);
            if (other.reviewId() == recommendation.reviewId() && other.position() > recommendation.position()) {
                return i;
            }
            if (other.reviewId() == recommendation.reviewId()) {
                at = i + 1;
            }
        }
        return at;
    }

    void hide(UUID uuid) {
        register.all().removeIf(r -> r.uuid().equals(uuid));
        if (register.selectedProperty().get() != null
                && register.selectedProperty().get().uuid().equals(uuid)) {
            register.selectedProperty().set(null);
        }
    }

    UndoStack undoStack() {
        return undoStack;
    }
}
