package org.stocktake.shared.ui;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;

/**
 * The line under a dialog's fields that says why its action was refused. It takes no room until there is something
 * to say, and the dialog grows to show it whole rather than cutting the sentence.
 */
public final class DialogProblem {

    private DialogProblem() {}

    /** Hides {@code line} until {@link #show} is called. */
    public static void hide(Label line) {
        line.setManaged(false);
        line.setVisible(false);
    }

    /** Shows {@code sentence} in {@code line} and resizes {@code dialog} to fit it. */
    public static void show(Label line, Dialog<?> dialog, String sentence) {
        line.setText(sentence);
        line.setManaged(true);
        line.setVisible(true);
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }
}
