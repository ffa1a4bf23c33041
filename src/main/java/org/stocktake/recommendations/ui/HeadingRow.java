package org.stocktake.recommendations.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;

/**
 * A row of the register that knows theme headings. A heading's text and count are drawn by the row itself, from the
 * title column across the empty cells beside it, so a long theme name is never cut to the title column's width.
 */
final class HeadingRow extends TreeTableRow<RegisterRow> {

    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final double GAP = 6;
    private static final double MIN_ARROW = 12;

    private final Label heading = new Label();

    HeadingRow() {
        heading.getStyleClass().add("register-heading");
        heading.setManaged(false);
        heading.setMouseTransparent(true);
        heading.setVisible(false);
    }

    @Override
    protected void updateItem(RegisterRow item, boolean empty) {
        super.updateItem(item, empty);
        boolean isHeading = !empty && item != null && item.isHeading();
        pseudoClassStateChanged(HEADING, isHeading);
        heading.setText(isHeading ? item.heading() + " (" + item.count() + ")" : null);
        heading.setVisible(isHeading);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!heading.isVisible()) {
            return;
        }
        if (!getChildren().contains(heading)) {
            getChildren().add(heading);
        }
        heading.toFront();
        double x = titleStart();
        double width = Math.min(heading.prefWidth(-1), Math.max(0, getWidth() - x));
        heading.resizeRelocate(x, 0, width, getHeight());
    }

    /** Where the title column's text begins in this row: after the tree's disclosure arrow. */
    private double titleStart() {
        for (Node child : getChildren()) {
            if (child instanceof TreeTableCell<?, ?> cell
                    && getTreeTableView() != null
                    && cell.getTableColumn() == getTreeTableView().getTreeColumn()) {
                // A heading is at the top level, so its arrow sits at the cell's left padding. The cell places the
                // arrow after this row is laid out, so its place is worked out from its size rather than read.
                Node disclosure = getDisclosureNode();
                double arrow = disclosure == null ? 0 : disclosure.prefWidth(-1);
                double after = cell.snappedLeftInset() + Math.max(arrow, MIN_ARROW);
                return cell.getLayoutX() + after + GAP;
            }
        }
        return GAP;
    }
}
