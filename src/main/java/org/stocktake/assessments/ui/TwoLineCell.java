package org.stocktake.assessments.ui;

import javafx.scene.control.TableCell;
import org.stocktake.assessments.service.Assessment;

/**
 * A text cell that wraps onto at most two lines, so long titles and commentary stay readable without one row taking
 * the screen; what does not fit ends in an ellipsis and is whole in the tooltip.
 */
abstract class TwoLineCell extends TableCell<Assessment, String> {

    TwoLineCell() {
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        double twoLines = Math.ceil(getFont().getSize() * 1.4 * 2) + snappedTopInset() + snappedBottomInset();
        return getGraphic() != null
                ? super.computePrefHeight(width)
                : Math.min(super.computePrefHeight(width), twoLines);
    }
}
