package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.NodeQueryUtils.hasText;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** A workspace whose audit trail was altered outside Stocktake is flagged as soon as the window opens on it. */
class AuditWarningWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aBrokenTrailIsReportedOnStartUpAndStaysInTheStatusBar() {
        assertThat(lookup("#audit-broken").tryQuery())
                .as("an intact trail is not flagged")
                .isEmpty();
        context.workspace().database().dsl().jooq().execute("update audit_entry set actor = 'Mallory' where seq = 4");

        MainWindow reopened = onFx(() -> {
            MainWindow again = new MainWindow(new Stage(), settings, tasks, files);
            again.stage().show();
            again.open(context);
            return again;
        });
        waitUntil(
                "the warning is shown",
                () -> lookup("The audit trail is broken").tryQuery().isPresent());
        Node badge = onFx(() -> from(reopened.stage().getScene().getRoot())
                .lookup("#audit-broken")
                .query());
        assertThat(hasText("Audit trail broken at entry 4").test(badge)).isTrue();
        DialogPane warning = onFx(() -> Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(w -> w.getScene().getRoot())
                .filter(root ->
                        root instanceof DialogPane pane && "The audit trail is broken".equals(pane.getHeaderText()))
                .map(DialogPane.class::cast)
                .findFirst()
                .orElse(null));
        assertThat(warning).as("the warning is a dialog of its own").isNotNull();
        assertThat(onFx(() -> ((Stage) warning.getScene().getWindow()).getOwner()))
                .as("over the window that checked")
                .isSameAs(reopened.stage());
        assertThat(onFx(warning::getContentText))
                .contains("The chain is broken at entry 4: its content was altered after it was written.");
    }
}
