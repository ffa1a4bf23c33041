package org.stocktake.assessments.ui;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A toolbar of two groups, the choices on the left and the actions on the right, on one row when the window is wide
 * enough and the actions on a second row when it is not, so that nothing is ever pushed out of the window. The left
 * group shrinks to its minimum (long names then elide) before the actions move down.
 */
final class ToolbarRows extends Pane {

    private static final double GAP = 8;
    private static final double ROW_GAP = 6;

    private final Region left;
    private final Region right;

    ToolbarRows(Region left, Region right) {
        this.left = left;
        this.right = right;
        getChildren().setAll(left, right);
        setPadding(new Insets(10, 12, 10, 12));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneRow(double innerWidth) {
        return left.minWidth(-1) + GAP + right.prefWidth(-1) <= innerWidth;
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(left.minWidth(-1), right.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + left.prefWidth(-1) + GAP + right.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double available = width < 0 ? inner(computePrefWidth(-1)) : inner(width);
        double rows = oneRow(available)
                ? Math.max(left.prefHeight(-1), right.prefHeight(-1))
                : left.prefHeight(-1) + ROW_GAP + right.prefHeight(-1);
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = inner(getWidth());
        double rightWidth = Math.min(width, right.prefWidth(-1));
        if (oneRow(width)) {
            double height = getHeight() - y - snappedBottomInset();
            layoutInArea(left, x, y, width - rightWidth - GAP, height, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(right, x + width - rightWidth, y, rightWidth, height, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double top = left.prefHeight(-1);
            layoutInArea(left, x, y, width, top, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(
                    right,
                    x + width - rightWidth,
                    y + top + ROW_GAP,
                    rightWidth,
                    right.prefHeight(-1),
                    0,
                    HPos.RIGHT,
                    VPos.CENTER);
        }
    }
}
