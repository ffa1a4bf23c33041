package org.stocktake.shared.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
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
}
