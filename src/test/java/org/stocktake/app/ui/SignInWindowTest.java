package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a workspace whose members have passwords: it opens once a member signs in, asked again while wrong. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest extends FxRobot {

    @TempDir
    Path temp;

    private final AtomicReference<AppContext> opened = new AtomicReference<>();
    private FxTaskRunner tasks;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxTaskRunner();
        window = new MainWindow(stage, WindowSettings.load(temp), tasks, new FakeFileDialogs());
        stage.show();
    }

    private Path folder() {
        return temp.resolve("panel");
    }

    private void startOpening() {
        PanelMembers.make(folder(), Clock.systemUTC());
        interact(() -> new WorkspaceOpening(window, stage, folder(), true, Clock.systemUTC(), opened::set, () -> {})
                .follow(CompletableFuture.supplyAsync(() ->
                        AppContext.open(folder(), Clock.systemUTC(), new org.stocktake.shared.Actor("mallory")))));
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(10_000, condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private String problem() {
        return lookup("#sign-in-problem")
                .tryQuery()
                .map(n -> ((Labeled) n).getText())
                .orElse("");
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    @Test
    void aMemberSignsInAfterAWrongPasswordAndActsUnderTheirName() {
        startOpening();
        waitUntil("sign-in is asked", () -> lookup("#sign-in-dialog").tryQuery().isPresent());
        assertThat(problem()).startsWith("mallory is not a member of this workspace");
        interact(() -> ((TextField) lookup("#sign-in-user").query()).setText("john"));
        assertThat(lookup("#sign-in-open").queryButton().isDisabled())
                .as("no password typed yet")
                .isTrue();
        clickOn("#sign-in-password").write("crab apple");
        clickOn("#sign-in-open");
        waitUntil("it is asked again, saying why", () -> problem().startsWith("That is not John Crabtree's password"));
        assertThat(opened.get()).isNull();
        clickOn("#sign-in-password").write(PanelMembers.CHAIR_PASSWORD);
        clickOn("#sign-in-open");
        waitUntil("the workspace is open", () -> opened.get() != null);
        assertThat(opened.get().signedIn().actor().name()).isEqualTo("John Crabtree");
    }

    @Test
    void cancellingLeavesTheWorkspaceUnopened() {
        startOpening();
        waitUntil("sign-in is asked", () -> lookup("#sign-in-cancel").tryQuery().isPresent());
        clickOn("#sign-in-cancel");
        waitUntil("the window says it was not opened", () -> lookup("#open-problem")
                .tryQuery()
                .map(n -> ((Labeled) n).getText().contains("was not opened"))
                .orElse(false));
        assertThat(opened.get()).isNull();
    }
}
