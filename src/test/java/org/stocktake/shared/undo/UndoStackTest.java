package org.stocktake.shared.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A change whose undo or redo fails stays where it was, so the user can try again once the cause is fixed. */
class UndoStackTest {

    private final UndoStack stack = new UndoStack();

    @Test
    void aFailedUndoKeepsTheChangeToUndoAndNothingToRedo() {
        Flaky change = new Flaky("edit of recommendation 2");
        stack.done(change);
        change.failing = true;

        assertThatThrownBy(stack::undo).isInstanceOf(IllegalStateException.class);

        assertThat(stack.canUndoProperty().get()).isTrue();
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("edit of recommendation 2");
        assertThat(stack.canRedoProperty().get()).isFalse();

        change.failing = false;
        assertThat(stack.undo()).isSameAs(change);
        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.redoDescriptionProperty().get()).isEqualTo("edit of recommendation 2");
    }

    @Test
    void aFailedRedoKeepsTheChangeToRedo() {
        Flaky change = new Flaky("deletion of recommendation 7");
        stack.done(change);
        stack.undo();
        change.failing = true;

        assertThatThrownBy(stack::redo).isInstanceOf(IllegalStateException.class);

        assertThat(stack.canRedoProperty().get()).isTrue();
        assertThat(stack.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        stack.done(new Flaky("first"));
        stack.undo();
        stack.done(new Flaky("second"));

        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.undoDescriptionProperty().get()).isEqualTo("second");
    }

    private static final class Flaky implements UndoableChange {
        private final String description;
        boolean failing;

        Flaky(String description) {
            this.description = description;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void undo() {
            if (failing) {
                throw new IllegalStateException("refused");
            }
        }

        @Override
        public void redo() {
            if (failing) {
                throw new IllegalStateException("refused");
            }
        }
    }
}
