package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A check of the audit trail that cannot run says so beside the status bar's text, which it must not set. */
@ExtendWith(ApplicationExtension.class)
class AuditCheckTest extends FxRobot {

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aCheckThatFailsShowsABadgeAndLeavesTheBoundTextAlone() {
        AppContext context = TestWorkspaces.open(folder, Clock.systemUTC());
        // The check runs after the workspace has gone: its reads fail.
        context.close();
        StatusBar bar = new StatusBar();
        bar.textProperty().bind(new SimpleStringProperty("Ready"));
        interact(() -> new AuditCheck(context.audit(), new SameThreadTaskRunner(), bar).quietly(stage));
        assertThat(bar.getText()).isEqualTo("Ready");
        assertThat(bar.getLeftItems()).singleElement().satisfies(badge -> {
            assertThat(badge.getId()).isEqualTo("audit-unchecked");
            assertThat(((Label) badge).getText()).startsWith("The audit trail could not be checked");
        });
    }
}
