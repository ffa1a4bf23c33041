package org.stocktake.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import org.controlsfx.control.StatusBar;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.shared.ui.ElidedText;

/**
 * The window's status bar: the background job under way, or else the message of the area on show; the workspace's
 * folder on the right.
 */
final class WindowStatus {

    private final StatusBar bar = new StatusBar();
    private final StringProperty areaMessage = new SimpleStringProperty("");
    private final FxTaskRunner tasks;

    WindowStatus(FxTaskRunner tasks) {
        this.tasks = tasks;
        bar.setId("status-bar");
        bar.skinProperty().addListener((obs, old, now) -> {
            // An empty label's text line hangs below the bar at the window's foot: show the label only with a message.
            if (bar.lookup(".status-label") instanceof Label text) {
                text.visibleProperty().bind(text.textProperty().isNotEmpty());
            }
        });
        bar.setText("Opening the workspace…");
        // A job that counts its steps (a backup, a restore) shows how far it is; any other job shows that it is busy.
        bar.progressProperty()
                .bind(Bindings.when(tasks.busyProperty())
                        .then(tasks.progressProperty())
                        .otherwise(0.0));
    }

    /** From now on the bar shows the job under way, else the area's message. */
    void follow() {
        bar.textProperty()
                .bind(Bindings.when(tasks.busyProperty())
                        .then(tasks.messageProperty())
                        .otherwise(areaMessage));
    }

    /** Shows the messages of the area now on show; null for an area that reports in its own view. */
    void speakFor(ReadOnlyStringProperty messages) {
        areaMessage.unbind();
        if (messages == null) {
            areaMessage.set("");
        } else {
            areaMessage.bind(messages);
        }
    }

    /** Says what slow work is under way before a workspace is open, such as making one. */
    void working(String message) {
        bar.textProperty().unbind();
        bar.setText(message);
    }

    /** Says that the workspace could not be opened, for good. */
    void notOpen() {
        bar.textProperty().unbind();
        bar.setText("The workspace is not open.");
    }

    /** The workspace folder, cut from the front when long so its own name stays; the whole path is its tooltip. */
    void folder(String path) {
        Label folder = new Label(path);
        folder.setId("status-folder");
        folder.getStyleClass().add("text-muted");
        folder.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        folder.setMinWidth(80);
        folder.setMaxWidth(360);
        ElidedText.mark(folder, path);
        bar.getRightItems().setAll(folder);
    }

    StatusBar bar() {
        return bar;
    }
}
