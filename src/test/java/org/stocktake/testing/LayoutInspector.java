package org.stocktake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;

/**
 * Finds what a person would see as broken in a laid-out window: text cut to an ellipsis, a control lying outside the
 * window, a chart squashed below a readable size. Read on the FX thread after layout.
 *
 * <p>Free text that may legitimately be longer than its cell (a title, a commentary) is marked with the style class
 * {@link #ELIDES} on the cell or an ancestor; the full text must then be reachable another way (a tooltip, the detail
 * pane).
 */
public final class LayoutInspector {

    /** Style class of a node whose text may be cut short by design. */
    public static final String ELIDES = "elides";

    /** The smallest plot a chart may be given and still be read. */
    public static final double MIN_PLOT_WIDTH = 240;

    public static final double MIN_PLOT_HEIGHT = 160;

    private static final double TOLERANCE = 1.0;

    private LayoutInspector() {}

    /** Everything wrong in the scene as laid out now, each as a sentence naming the node; empty when all is well. */
    public static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    private static void visit(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkText(labeled, problems);
        }
        if (isControlThatMustFit(node)) {
            checkInside(node, scene, problems);
        }
        if (node instanceof XYChart<?, ?> chart) {
            checkPlot(chart, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, problems);
            }
        }
    }

    private static void checkText(Labeled labeled, List<String> problems) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || allowedToElide(labeled)) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_", "");
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            boolean isItsText = child instanceof Text && child != labeled.getGraphic();
            if (isItsText && child.isVisible() && !full.equals(((Text) child).getText())) {
                Text shown = (Text) child;
                String drawn = shown.getText();
                if (drawn.endsWith("…")
                        || drawn.endsWith("...")
                        || drawn.length() < full.strip().length()) {
                    problems.add(describe(labeled) + " shows \"" + drawn + "\" of \"" + full + "\"");
                }
            }
        }
    }

    private static boolean isControlThatMustFit(Node node) {
        return node instanceof ButtonBase
                || node instanceof TextInputControl
                || node instanceof ComboBoxBase<?>
                || (node instanceof Labeled && node.getStyleClass().contains("label"));
    }

    private static void checkInside(Node node, Scene scene, List<String> problems) {
        if (isScrolledAway(node) || allowedToElide(node)) {
            return;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        if (bounds.getMinX() < -TOLERANCE
                || bounds.getMinY() < -TOLERANCE
                || bounds.getMaxX() > scene.getWidth() + TOLERANCE
                || bounds.getMaxY() > scene.getHeight() + TOLERANCE) {
            problems.add(describe(node) + " lies outside the window (" + round(bounds) + " in a "
                    + (int) scene.getWidth() + "x" + (int) scene.getHeight() + " window)");
        }
    }

    private static void checkPlot(XYChart<?, ?> chart, List<String> problems) {
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null) {
            return;
        }
        Bounds bounds = plot.getBoundsInLocal();
        if (bounds.getWidth() < MIN_PLOT_WIDTH || bounds.getHeight() < MIN_PLOT_HEIGHT) {
            problems.add(describe(chart) + " has a plot of " + (int) bounds.getWidth() + "x" + (int) bounds.getHeight()
                    + ", under " + (int) MIN_PLOT_WIDTH + "x" + (int) MIN_PLOT_HEIGHT);
        }
    }

    /** Inside a scroll pane or a virtual list, a node out of view is scrolled away, not cut off. */
    private static boolean isScrolledAway(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getClass().getSimpleName().equals("VirtualFlow")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowedToElide(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains(ELIDES)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId() + " ";
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        String kind = node.getClass().getSimpleName().isEmpty()
                ? node.getClass().getSuperclass().getSimpleName()
                : node.getClass().getSimpleName();
        return kind + " " + id + text.strip();
    }

    private static String round(Bounds b) {
        return String.format("%.0f,%.0f to %.0f,%.0f", b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
    }

    /** Saves what the scene shows now as a PNG, for a person to look at. */
    public static void screenshot(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
