package org.stocktake.recommendations.ui;

import java.util.UUID;
import java.util.function.Consumer;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.undo.UndoableChange;

/**
 * The register's undoable changes. Each goes back through the service, so an undo is validated and written like any
 * other change, and an edit made meanwhile elsewhere is refused rather than overwritten.
 */
final class RecommendationChanges {

    private RecommendationChanges() {}

    /** Created, so undo deletes it and redo restores it. */
    static UndoableChange created(
            RecommendationService service,
            Recommendation created,
            Consumer<Recommendation> shown,
            Consumer<UUID> hidden) {
        return new UndoableChange() {
            @Override
            public String description() {
                return "new recommendation " + created.number();
            }

            @Override
            public void undo() {
                service.delete(created.uuid());
                hidden.accept(created.uuid());
            }

            @Override
            public void redo() {
                shown.accept(service.restore(created.uuid()));
            }
        };
    }

    /** Deleted, so undo restores it and redo deletes it again. */
    static UndoableChange deleted(
            RecommendationService service,
            Recommendation deleted,
            Consumer<Recommendation> shown,
            Consumer<UUID> hidden) {
        return new UndoableChange() {
            @Override
            public String description() {
                return "deletion of recommendation " + deleted.number();
            }

            @Override
            public void undo() {
                shown.accept(service.restore(deleted.uuid()));
            }

            @Override
            public void redo() {
                service.delete(deleted.uuid());
                hidden.accept(deleted.uuid());
            }
        };
    }

    /** Edited from {@code before} to {@code after}; each step expects the version the previous step left. */
    static UndoableChange edited(
            RecommendationService service,
            Recommendation before,
            Recommendation after,
            Consumer<Recommendation> shown) {
        return new UndoableChange() {
            private int version = after.version();

            @Override
            public String description() {
                return "edit of recommendation " + after.number();
            }

            @Override
            public void undo() {
                apply(before.toDraft());
            }

            @Override
            public void redo() {
                apply(after.toDraft());
            }

            private void apply(RecommendationDraft draft) {
                Recommendation saved = service.update(after.uuid(), version, draft);
                version = saved.version();
                shown.accept(saved);
            }
        };
    }
}
