package org.stocktake.shared.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/**
 * Free text that may be longer than the room it is given (a title in a table cell, a folder path) is cut with an
 * ellipsis by design, carries the style class {@value #STYLE_CLASS} so layout checks know it, and shows its whole text
 * in a tooltip.
 */
public final class ElidedText {

    /** The style class layout checks look for on text that may be cut short. */
    public static final String STYLE_CLASS = "elides";

    private ElidedText() {}

    /** A table cell for free text: cut short when room is scarce, whole in its tooltip. */
    public static <S> TableCell<S, String> tableCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                show(this, text, empty);
            }
        };
    }

    /** As {@link #tableCell()}, for a tree table. */
    public static <S> TreeTableCell<S, String> treeTableCell() {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                show(this, text, empty);
            }
        };
    }

    private static void show(Labeled cell, String text, boolean empty) {
        cell.setText(empty ? null : text);
        mark(cell, empty ? null : text);
    }

    /** Marks {@code labeled} as allowed to elide and gives it {@code full} as its tooltip (none when blank). */
    public static void mark(Labeled labeled, String full) {
        if (!labeled.getStyleClass().contains(STYLE_CLASS)) {
            labeled.getStyleClass().add(STYLE_CLASS);
        }
        if (full == null || full.isBlank()) {
            labeled.setTooltip(null);
        } else if (labeled.getTooltip() == null) {
            labeled.setTooltip(new Tooltip(full));
        } else {
            labeled.getTooltip().setText(full);
        }
    }
}
