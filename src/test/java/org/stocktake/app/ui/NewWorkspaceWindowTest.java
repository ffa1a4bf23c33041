package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.workspace.service.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a folder that holds no workspace: named on the command line, it asks before making one; the first
 * start (no folder named) makes the demo at once.
 */
@ExtendWith(ApplicationExtension.class)
class NewWorkspaceWindowTest extends FxRobot {

    @TempDir
    Path temp;

    private final AtomicReference<AppContext> opened = new AtomicReference<>();
    private final AtomicBoolean quit = new AtomicBoolean();
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
        return temp.resolve("mistyped");
    }

    private void startOpening(boolean named) {
        interact(() -> new WorkspaceOpening(
                        window, stage, folder(), named, Clock.systemUTC(), opened::set, () -> quit.set(true))
                .follow(CompletableFuture.supplyAsync(() -> AppContext.open(folder(), Clock.systemUTC()))));
    }

    private void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(10_000, condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private boolean registerShows(String count) {
        return lookup("#register-count")
                .tryQuery()
                .map(n -> count.equals(((Labeled) n).getText()))
                .orElse(false);
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
    void aNamedFolderWithoutAWorkspaceAsksAndMakesTheDemoWhenToldTo() {
        startOpening(true);
        waitUntil(
                "the question is asked",
                () -> lookup("#new-workspace-dialog").tryQuery().isPresent());
        assertThat(Workspace.exists(folder()))
                .as("nothing is made before the answer")
                .isFalse();
        assertThat(folder()).doesNotExist();

        clickOn("#create-demo");
        waitUntil("the demo is shown", () -> registerShows("11 recommendations"));
        assertThat(Workspace.exists(folder())).isTrue();
        assertThat(quit).isFalse();
    }

    @Test
    void anEmptyWorkspaceCanBeMadeInstead() {
        startOpening(true);
        waitUntil(
                "the question is asked",
                () -> lookup("#create-empty").tryQuery().isPresent());
        clickOn("#create-empty");
        waitUntil("the empty register is shown", () -> opened.get() != null && registerShows("0 recommendations"));
        assertThat(opened.get().workspace().info().name()).isEqualTo(Workspace.DEFAULT_NAME);
    }

    @Test
    void quittingMakesNothing() {
        startOpening(true);
        waitUntil("the question is asked", () -> lookup("#quit").tryQuery().isPresent());
        clickOn("#quit");
        waitUntil("the window is told to quit", quit::get);
        assertThat(folder()).doesNotExist();
        assertThat(opened.get()).isNull();
    }

    @Test
    void anEncryptedWorkspaceIsMadeFromTheDialogAndOpensAgainOnlyWithItsPassphrase() {
        startOpening(true);
        waitUntil("the question is asked", () -> lookup("#encrypt").tryQuery().isPresent());
        clickOn("#encrypt");
        clickOn("#new-passphrase").write("plum tree seven lanterns");
        clickOn("#new-passphrase-again").write("plum tree seven lantern");
        assertThat(lookup("#create-empty").queryButton().isDisabled())
                .as("two passphrases that differ make nothing")
                .isTrue();
        write("s");
        clickOn("#create-empty");
        waitUntil("the empty register is shown", () -> opened.get() != null && registerShows("0 recommendations"));
        assertThat(opened.get().workspace().encrypted()).isTrue();
        assertThat(folder().resolve(KeyFile.NAME)).exists();
        opened.getAndSet(null).close();

        startOpening(true);
        waitUntil(
                "the passphrase is asked",
                () -> lookup("#unlock-passphrase").tryQuery().isPresent());
        assertThat(lookup("#unlock-problem").tryQuery()).isEmpty();
        clickOn("#unlock-passphrase").write("plum tree");
        clickOn("#unlock-open");
        waitUntil(
                "it is asked again, saying why",
                () -> lookup("#unlock-problem").tryQuery().isPresent());
        assertThat(opened.get()).isNull();
        clickOn("#unlock-passphrase").write("plum tree seven lanterns");
        clickOn("#unlock-open");
        waitUntil("the workspace is shown", () -> opened.get() != null && registerShows("0 recommendations"));
        assertThat(opened.get().workspace().encrypted()).isTrue();
    }

    @Test
    void cancellingThePassphraseLeavesTheEncryptedWorkspaceUntouched() throws Exception {
        AppContext.create(
                folder(),
                Clock.systemUTC(),
                org.stocktake.shared.Actor.fromEnvironment(),
                AppContext.Contents.EMPTY,
                org.stocktake.shared.persistence.Storage.DISK,
                "plum tree seven lanterns".toCharArray());
        java.util.List<Path> before;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder())) {
            before = files.toList();
        }

        startOpening(true);
        waitUntil(
                "the passphrase is asked",
                () -> lookup("#unlock-cancel").tryQuery().isPresent());
        clickOn("#unlock-cancel");
        waitUntil("the window says it was not opened", () -> lookup("#open-problem")
                .tryQuery()
                .map(n -> ((Labeled) n).getText().contains("is encrypted and was not opened"))
                .orElse(false));
        assertThat(opened.get()).isNull();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(folder())) {
            assertThat(files.toList()).isEqualTo(before);
        }
    }

    @Test
    void theFirstStartMakesTheDemoWithoutAsking() {
        startOpening(false);
        waitUntil("the demo is shown", () -> registerShows("11 recommendations"));
        assertThat(lookup("#new-workspace-dialog").tryQuery()).isEmpty();
    }
}
