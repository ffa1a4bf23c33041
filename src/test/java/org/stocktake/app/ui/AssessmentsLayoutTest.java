package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every assessment screen and dialog, in the smallest and a large window, light and dark: nothing a person reads may
 * be cut to an ellipsis, no control may lie outside its window, and the ratings chart must keep a readable plot. One
 * window per case; the screens are visited in turn. Screenshots are left in {@code target/layout} to be looked at.
 */
class AssessmentsLayoutTest extends MainWindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws java.io.IOException {
        openWindow(stage);
        correctOneInterimRating();
        citeAReport();
        proposeTwoRatings();
    }

    /** Proposals on show under the open round's grid, one waiting with a long commentary and one dismissed. */
    private void proposeTwoRatings() {
        long review = context.recommendations().review(DEMO_REVIEW).id();
        List<AssessmentRound> rounds = context.assessments().rounds(review);
        AssessmentRound open = rounds.get(rounds.size() - 1);
        UUID five = stored("5").orElseThrow().uuid();
        var proposals = context.assessments().proposals();
        proposals.dismiss(
                proposals.propose(open.id(), five, "L", "Too early to say.").id());
        proposals.propose(
                open.id(),
                five,
                "G",
                "The budget for 2016/17 was set on time with savings identified for each directorate, and the"
                        + " medium-term plan now closes the gap in every year; the panel should still ask to see the"
                        + " delivery plans behind the largest savings before it calls this good progress.");
    }

    /** A citation on show under the open round's grid, with a long title, so the citations bar is laid out too. */
    private void citeAReport() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(
                folder.resolve("report.txt"),
                "Birmingham City Council progress report to the independent improvement panel on the budget\fPage two");
        context.evidenceImporter()
                .add(
                        List.of(file),
                        org.stocktake.evidence.service.AddOptions.NONE,
                        org.stocktake.shared.task.Progress.NONE);
        long review = context.recommendations().review(DEMO_REVIEW).id();
        List<AssessmentRound> rounds = context.assessments().rounds(review);
        AssessmentRound open = rounds.get(rounds.size() - 1);
        context.citations()
                .cite(
                        open.id(),
                        stored("5").orElseThrow().uuid(),
                        context.evidence().items().get(0).id(),
                        2,
                        null);
    }

    /** A correction on show, so the grid's original-beside-correction is laid out too. */
    private void correctOneInterimRating() {
        long review = context.recommendations().review(DEMO_REVIEW).id();
        AssessmentRound interim = context.assessments().rounds(review).get(0);
        UUID three = stored("3").orElseThrow().uuid();
        context.assessments()
                .correct(
                        interim.id(),
                        three,
                        new AssessmentDraft("S", Direction.IMPROVING, "Roles were clarified in October."),
                        "The October protocol was missed when the round was typed.");
    }

    @AfterAll
    static void backToTheLightTheme() {
        Platform.runLater(LayoutCase.SMALL_LIGHT::applyTheme);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    @SuppressWarnings("unchecked")
    void everyAssessmentScreenAndDialogFits(LayoutCase layout) {
        Stage stage = window.stage();
        interact(() -> {
            layout.applyTheme();
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
        });
        waitUntil("the window takes the case's size", () -> stage.getScene().getWidth() == layout.width);

        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntil(
                "the open round is shown",
                () -> showing("#assessment-grid")
                        && "7 of 11 assessed".equals(text("#assess-progress"))
                        && !tasks.busyProperty().get());
        inspect("assessment-grid", layout, stage.getScene());

        interact(() -> {
            TableView<Object> grid = lookup("#assessment-grid").queryAs(TableView.class);
            grid.getSelectionModel().clearAndSelect(4, grid.getColumns().get(1));
        });
        waitUntil(
                "the row's citation and proposals are shown",
                () -> showing("#citation-bar")
                        && showing("#proposal-pane")
                        && !lookup(".citation-link").queryAll().isEmpty()
                        && !tasks.busyProperty().get());
        inspect("assessment-grid-citations", layout, stage.getScene());
        open("#cite-evidence", "#cite-search");
        waitUntil("the library is listed", () -> !tasks.busyProperty().get());
        inspectDialog("cite-dialog", layout, "#cite-search");
        close("#cite-search");

        open("#new-round", "#round-title");
        inspectDialog("new-round-dialog", layout, "#round-title");
        close("#round-title");

        open("#finalise-round", "#finalise-confirm");
        inspectDialog("finalise-confirmation", layout, "#finalise-confirm");
        close("#finalise-confirm");

        AssessmentRound interim = onFx(() -> roundChoice().getItems().get(0));
        interact(() -> roundChoice().setValue(interim));
        waitUntil(
                "the final round is shown with its banner",
                () -> showing("#round-final-banner") && !tasks.busyProperty().get());
        interact(() -> {
            TableView<Object> grid = lookup("#assessment-grid").queryAs(TableView.class);
            grid.getSelectionModel().clearAndSelect(2, grid.getColumns().get(1));
            grid.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        inspect("assessment-grid-final", layout, stage.getScene());

        open("#correct-assessment", "#correction-reason");
        inspectDialog("correction-dialog", layout, "#correction-reason");
        close("#correction-reason");

        Platform.runLater(() -> menuItem("menu-scales").fire());
        waitUntil("the rating scales are shown", () -> showing("#scales-list"));
        inspectDialog("rating-scales-dialog", layout, "#scales-list");
        open("#scales-new", "#scale-code");
        inspectDialog("scale-editor", layout, "#scale-code");
        close("#scale-code");
        close("#scales-list");

        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        waitUntil(
                "the dashboard is drawn",
                () -> showing("#dashboard-heatmap")
                        && !tasks.busyProperty().get()
                        && !lookup("#dashboard-ratings-chart")
                                .queryAs(XYChart.class)
                                .getData()
                                .isEmpty());
        inspect("dashboard", layout, stage.getScene());

        assertThat(problems).as("what is cut, outside or squashed").isEmpty();
    }

    private void inspect(String screen, LayoutCase layout, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            // The window's own status bar is the main window's, checked with it; here only the assessment screens.
            lookup("#status-bar").tryQuery().ifPresent(bar -> bar.getStyleClass()
                    .add(LayoutInspector.ELIDES));
            LayoutInspector.problems(scene).forEach(p -> problems.add(screen + " at " + layout.label() + ": " + p));
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }

    /** A dialog is checked as a window of its own, and must also fit on the smallest screen the case stands for. */
    private void inspectDialog(String screen, LayoutCase layout, String inside) {
        Window dialog = onFx(() -> lookup(inside).query().getScene().getWindow());
        onFx(() -> {
            if (dialog.getWidth() > layout.width || dialog.getHeight() > layout.height) {
                problems.add(screen + " at " + layout.label() + ": the dialog is " + (int) dialog.getWidth() + "x"
                        + (int) dialog.getHeight() + ", larger than the window");
            }
            return null;
        });
        inspect(screen, layout, dialog.getScene());
    }

    /** Presses a button as a click would, without waiting for the dialog it opens to close. */
    private void open(String button, String shownInDialog) {
        Button pressed = lookup(button).queryAs(Button.class);
        Platform.runLater(pressed::fire);
        waitUntil(shownInDialog + " is shown", () -> showing(shownInDialog));
    }

    private void close(String shownInDialog) {
        Node inside = lookup(shownInDialog).query();
        interact(() -> inside.getScene().getWindow().hide());
        waitUntil(shownInDialog + " is closed", () -> !showing(shownInDialog));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AssessmentRound> roundChoice() {
        return lookup("#assess-round").queryAs(ComboBox.class);
    }
}
