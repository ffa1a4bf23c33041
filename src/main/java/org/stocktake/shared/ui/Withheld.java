package org.stocktake.shared.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A control the one signed in may not use, greyed out for the whole session with the sentence saying why. It stays
 * disabled whatever the screen's own bindings later say: the role does not change while the workspace is open.
 */
public final class Withheld {

    /** The key under which a withheld node or menu item keeps its sentence. */
    public static final String REASON = "stocktake.withheld";

    private Withheld() {}

    /** Whether {@code node} is already withheld. */
    public static boolean is(Node node) {
        return node.getProperties().containsKey(REASON);
    }

    /** The sentence {@code node} was withheld with, or null. */
    public static String reason(Node node) {
        return (String) node.getProperties().get(REASON);
    }

    /** Disables {@code node} for good, with {@code why} as its tooltip. */
    public static void node(Node node, String why) {
        if (is(node)) {
            return;
        }
        node.getProperties().put(REASON, why);
        node.disableProperty().unbind();
        node.setDisable(true);
        node.disableProperty().addListener((obs, was, now) -> {
            if (!now) {
                node.setDisable(true);
            }
        });
        Tooltip tip = new Tooltip(why);
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(300));
        if (node instanceof Control control) {
            control.setTooltip(tip);
        }
        if (node.getParent() != null) {
            tellOnHover(node.getParent(), node, tip);
        }
    }

    /** Disables {@code item} for good; a menu has no tooltips, so {@code note} is added to its text instead. */
    public static void menuItem(MenuItem item, String why, String note) {
        if (item.getProperties().containsKey(REASON)) {
            return;
        }
        item.getProperties().put(REASON, why);
        item.disableProperty().unbind();
        item.setDisable(true);
        item.disableProperty().addListener((obs, was, now) -> {
            if (!now) {
                item.setDisable(true);
            }
        });
        item.textProperty().unbind();
        item.setText(item.getText() + " (" + note + ")");
    }

    /**
     * JavaFX sends no mouse events to a disabled node, so its own tooltip would never show; they reach its parent
     * instead, which shows the tooltip while the pointer is over the node.
     */
    private static void tellOnHover(Parent parent, Node node, Tooltip tip) {
        parent.addEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            Point2D local = node.sceneToLocal(event.getSceneX(), event.getSceneY());
            boolean over = node.isVisible() && local != null && node.contains(local);
            if (over && !tip.isShowing()) {
                Point2D corner = node.localToScreen(0, node.getBoundsInLocal().getHeight());
                if (corner != null) {
                    tip.show(node, corner.getX(), corner.getY() + 4);
                }
            } else if (!over && tip.isShowing()) {
                tip.hide();
            }
        });
        parent.addEventHandler(MouseEvent.MOUSE_EXITED, event -> tip.hide());
    }
}
