package org.stocktake.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every window test needs: reading the scene on the FX thread, waiting until a condition holds (never for a
 * fixed time), and typing as a user would. Window tests of every feature extend this, or {@code MainWindowTestBase}
 * for the whole main window.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestBase extends FxRobot {

    protected static final long TIMEOUT_SECONDS = 10;

    /** Waits until {@code condition}, read on the FX thread, holds; fails naming {@code what} after the timeout. */
    public void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /** Reads the window on the FX thread (at once when already there). */
    public static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), read);
    }

    /** Whether the node is in a showing window and neither it nor any parent is hidden. */
    public static boolean onScreen(Node node) {
        if (node.getScene() == null
                || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public boolean showing(String query) {
        return lookup(query).match(WindowTestBase::onScreen).tryQuery().isPresent();
    }

    /**
     * Types {@code text} into the focused control, as {@link FxRobot#write(String)} does, without its 25 ms pause
     * after each character: every character is still typed and processed before the next.
     */
    @Override
    public FxRobot write(String text) {
        return write(text, 0);
    }

    /**
     * Replaces a text field's content by typing, as a user would. The field is focused directly rather than clicked:
     * each click costs a slow mouse journey, and clicking is tested on the buttons and rows.
     */
    public void retype(String query, String text) {
        Node field = lookup(query).query();
        targetWindow(field.getScene().getWindow());
        interact(field::requestFocus);
        waitUntil(query + " has the focus", field::isFocused);
        push(KeyCode.SHORTCUT, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
        assertThat(text(query)).as("the text typed into %s", query).isEqualTo(text);
    }

    /** The text of a label, button or text field. */
    public String text(String query) {
        return onFx(() -> {
            Node node = lookup(query).query();
            return node instanceof TextInputControl field ? field.getText() : ((Labeled) node).getText();
        });
    }
}
