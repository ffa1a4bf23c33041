package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.letters.service.Letter;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Letters area in the smallest and a large window, light and dark: a letter open in the editor, its comments and
 * versions, the new-letter and comment dialogs, the templates window. Nothing a person reads may be cut, nothing may lie outside the window.
 */
class LettersLayoutTest extends MainWindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    private final List<String> problems = new ArrayList<>();
    private Letter letter;

    @Start
    void start(Stage stage) {
        openWindow(stage);
        letter = context.letters()
                .create("Joint letter with the council", "Joint letter, March 2018", LocalDate.of(2018, 3, 8));
        context.drafts().comment(letter, null, null, "Should the Commonwealth Games come first?");
        context.drafts().saveVersion(letter, "For the panel's meeting");
    }

    @AfterAll
    static void backToTheLightTheme() {
        Platform.runLater(LayoutCase.SMALL_LIGHT::applyTheme);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    void everyLettersScreenFits(LayoutCase layout) {
        Stage stage = window.stage();
        interact(() -> {
            layout.applyTheme();
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
        });
        waitUntil("the window takes the case's size", () -> stage.getScene().getWidth() == layout.width);
        onFx(() -> {
            window.show(Area.LETTERS);
            return null;
        });
        waitUntil("the letter is listed", () -> letters().getItems().stream().anyMatch(l -> l.id() == letter.id()));
        interact(() -> letters().getItems().stream()
                .filter(l -> l.id() == letter.id())
                .findFirst()
                .ifPresent(l -> letters().getSelectionModel().select(l)));
        waitUntil(
                "the letter is open",
                () -> showing("#letter-editor") && !tasks.busyProperty().get());
        inspect("letters-editor", layout, stage.getScene());

        interact(() -> side().getSelectionModel().select(1));
        inspect("letters-comments", layout, stage.getScene());
        interact(() -> side().getSelectionModel().select(2));
        waitUntil("the versions are listed", () -> showing("#letter-version-list"));
        interact(() -> lookup("#letter-version-list")
                .queryAs(ListView.class)
                .getSelectionModel()
                .select(0));
        inspect("letters-versions", layout, stage.getScene());
        interact(() -> side().getSelectionModel().select(3));
        inspect("letters-send", layout, stage.getScene());
        Platform.runLater(() -> ((Button) lookup("#send-certificate").query()).fire());
        waitUntil("the certificate dialog is shown", () -> showing("#certificate-dialog"));
        Window certificate =
                onFx(() -> lookup("#certificate-dialog").query().getScene().getWindow());
        inspect("letters-certificate-dialog", layout, onFx(certificate::getScene));
        interact(certificate::hide);
        interact(() -> side().getSelectionModel().select(0));
        waitUntil(
                "the preview is drawn",
                () -> !tasks.busyProperty().get()
                        && !window.lettersScreen()
                                .view()
                                .lookupAll(".letter-preview-page")
                                .isEmpty());
        inspect("letters-preview", layout, stage.getScene());

        Platform.runLater(
                () -> ((javafx.scene.control.MenuButton) lookup("#insert-menu").query()).show());
        waitUntil("the insert menu is shown", () -> showing("#insert-menu"));
        interact(() -> ((javafx.scene.control.MenuButton) lookup("#insert-menu").query()).hide());

        Platform.runLater(() -> ((Button) lookup("#new-letter").query()).fire());
        waitUntil("the new letter dialog is shown", () -> showing("#new-letter-dialog"));
        Window dialog =
                onFx(() -> lookup("#new-letter-dialog").query().getScene().getWindow());
        inspect("letters-new-dialog", layout, onFx(dialog::getScene));
        interact(dialog::hide);

        Platform.runLater(() -> ((Button) lookup("#comment-letter").query()).fire());
        waitUntil("the comment dialog is shown", () -> showing("#comment-text"));
        Window comment = onFx(() -> lookup("#comment-text").query().getScene().getWindow());
        inspect("letters-comment-dialog", layout, onFx(comment::getScene));
        interact(comment::hide);

        Platform.runLater(() -> ((Button) lookup("#letter-templates").query()).fire());
        waitUntil("the templates window is shown", () -> showing("#templates-dialog"));
        waitUntil(
                "a template and its preview are shown",
                () -> !tasks.busyProperty().get()
                        && !lookup("#templates-dialog .letter-preview-page")
                                .queryAll()
                                .isEmpty());
        Window templates =
                onFx(() -> lookup("#templates-dialog").query().getScene().getWindow());
        inspect("letters-templates", layout, onFx(templates::getScene));
        interact(templates::hide);

        assertThat(problems).as("what is cut, outside or squashed").isEmpty();
    }

    private void inspect(String screen, LayoutCase layout, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            lookup("#status-bar").tryQuery().ifPresent(bar -> bar.getStyleClass()
                    .add(LayoutInspector.ELIDES));
            LayoutInspector.problems(scene).forEach(p -> problems.add(screen + " at " + layout.label() + ": " + p));
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }

    private TabPane side() {
        return window.lettersScreen().side();
    }

    @SuppressWarnings("unchecked")
    private ListView<Letter> letters() {
        return window.lettersScreen().list();
    }
}
