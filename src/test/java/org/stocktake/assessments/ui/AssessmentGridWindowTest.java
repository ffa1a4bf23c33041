package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.ui.MainWindow;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.shared.ui.FileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assessment grid in the real main window over the demo workspace: rating from the keyboard in the March draft
 * round, checked on screen and in the database, and a final round that refuses typing. Waits poll on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentGridWindowTest extends FxRobot {

    private static final long TIMEOUT_SECONDS = 10;

    @TempDir
    Path folder;

    private AppContext context;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(stage, WindowSettings.load(folder), tasks, new NoFiles());
        stage.show();
        window.open(context);
    }

    @BeforeEach
    void showTheGrid() {
        waitUntil(
                "the navigation lists the assessments",
                () -> lookup("#nav-assessments").tryQuery().isPresent());
        clickOn("#nav-assessments");
        waitUntil(
                "the March round is shown",
                () -> !tasks.busyProperty().get()
                        && "7 of 11 assessed".equals(text("#assess-progress"))
                        && grid().getItems().size() == 11
                        && cellAt("1", grid().rating) != null);
        assertThat(onFx(() -> roundChoice().getValue().title())).isEqualTo("March assessment");
    }

    @AfterEach
    void closeWorkspace() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            waitUntil(
                    "background work has finished", () -> !tasks.busyProperty().get());
            tasks.close();
        }
        if (context != null) {
            context.close();
        }
    }

    @Test
    void threeRecommendationsRatedFromTheKeyboardAreShownAndStored() {
        clickOn(cellAt("8", grid().rating));
        write("s");
        push(KeyCode.TAB);
        write("i");
        push(KeyCode.TAB);
        write("Leaders from the city's partners have met twice.");
        push(KeyCode.ENTER);

        waitUntil("Enter moves to the next row's rating", () -> focused("9", grid().rating));
        write("g");
        push(KeyCode.TAB);
        write("s");
        push(KeyCode.TAB);
        write("Partnership values are agreed.");
        push(KeyCode.ENTER);

        waitUntil("Enter moves to the next row's rating", () -> focused("10", grid().rating));
        write("l");
        push(KeyCode.TAB);
        write("d");
        push(KeyCode.TAB);
        write("Talks with neighbours have stalled.");
        push(KeyCode.ENTER);

        waitUntil("the progress counts them", () -> "10 of 11 assessed".equals(text("#assess-progress")));
        assertThat(drawn("8", grid().rating)).isEqualTo("S  Some progress");
        assertThat(drawn("9", grid().rating)).isEqualTo("G  Good progress");
        assertThat(drawn("10", grid().rating)).isEqualTo("L  Limited");
        assertThat(drawn("10", grid().direction)).isEqualTo("↓ Declining");
        assertThat(drawn("9", grid().commentary)).isEqualTo("Partnership values are agreed.");

        long march = onFx(() -> roundChoice().getValue().id());
        List<Assessment> stored = context.assessments().assessments(march);
        assertThat(stored(stored, "8"))
                .extracting(a -> a.level().code(), Assessment::direction, Assessment::commentary)
                .containsExactly("S", Direction.IMPROVING, "Leaders from the city's partners have met twice.");
        assertThat(stored(stored, "9"))
                .extracting(a -> a.level().code(), Assessment::direction, Assessment::commentary)
                .containsExactly("G", Direction.STATIC, "Partnership values are agreed.");
        assertThat(stored(stored, "10"))
                .extracting(a -> a.level().code(), Assessment::direction, Assessment::commentary)
                .containsExactly("L", Direction.DECLINING, "Talks with neighbours have stalled.");
        assertThat(onFx(() -> List.copyOf(grid().getItems()))).isEqualTo(stored);
        assertThat(stored(stored, "11").level()).isNull();
        assertThat(drawn("9", marker())).as("S static before, G static now").isEqualTo(ChangeMarkerCell.CHANGED);
        assertThat(drawn("8", marker())).as("S improving, as before").isEmpty();

        clickOn(cellAt("10", grid().direction));
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil("undo takes back the last commentary", () -> drawn("10", grid().commentary)
                .isEmpty());
        assertThat(stored(context.assessments().assessments(march), "10").commentary())
                .isNull();
        assertThat(text("#assess-status")).isEqualTo("Undid commentary of recommendation 10.");
    }

    @Test
    void ratingsTypedInTheGridShowOnTheDashboard() {
        clickOn("#nav-dashboard");
        waitUntil(
                "the dashboard lists the four unassessed",
                () -> unassessedOnDashboard().size() == 4);
        clickOn("#nav-assessments");
        waitUntil(
                "the grid is back",
                () -> cellAt("8", grid().rating) != null
                        && !tasks.busyProperty().get());

        clickOn(cellAt("8", grid().rating));
        write("g");
        push(KeyCode.TAB);
        write("i");
        push(KeyCode.TAB);
        write("A city leadership group has met.");
        push(KeyCode.ENTER);
        waitUntil("Enter moves to the next row's rating", () -> focused("9", grid().rating));
        write("s");
        waitUntil("the rating is saved", () -> "9 of 11 assessed".equals(text("#assess-progress")));
        clickOn(cellAt("10", grid().rating));
        write("l");
        waitUntil("the progress counts three", () -> "10 of 11 assessed".equals(text("#assess-progress")));

        clickOn("#nav-dashboard");
        waitUntil("the dashboard has reloaded", () -> unassessedOnDashboard().equals(List.of("11")));
        assertThat(context.dashboards()
                        .dashboard(context.recommendations()
                                .review("kerslake-2014")
                                .id())
                        .rounds()
                        .get(2)
                        .unassessed())
                .isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private List<String> unassessedOnDashboard() {
        return onFx(() -> lookup("#dashboard-unassessed")
                .tryQuery()
                .map(node -> ((javafx.scene.control.ListView<Assessment>) node)
                        .getItems().stream().map(Assessment::number).toList())
                .orElse(List.of()));
    }

    @Test
    void aFinalRoundRefusesTypingAndSaysWhy() {
        clickOn("#assess-round");
        clickOn("Interim assessment · 5 Nov 2015 · final");
        waitUntil("the banner is shown", () -> visible("#round-final-banner"));
        waitUntil("the interim ratings are shown", () -> "L  Limited".equals(drawn("3", grid().rating)));
        assertThat(text("#round-final-text"))
                .contains("finalised by John Crabtree on ")
                .contains("read-only")
                .contains("recorded as corrections");
        assertThat(onFx(() -> lookup("#finalise-round").query().isDisabled())).isTrue();

        clickOn(cellAt("3", grid().rating));
        write("e");
        push(KeyCode.BACK_SPACE);
        push(KeyCode.TAB);
        push(KeyCode.TAB);
        write("x");
        push(KeyCode.ENTER);

        assertThat(onFx(() -> grid().getEditingCell())).as("no editor opened").isNull();
        assertThat(drawn("3", grid().rating)).isEqualTo("L  Limited");
        assertThat(text("#assess-status")).contains("is final and read-only: use Correct…");
        AssessmentRound interim = onFx(() -> roundChoice().getValue());
        Assessment three = stored(context.assessments().assessments(interim.id()), "3");
        assertThat(three.level().code()).isEqualTo("L");
        assertThat(three.commentary()).isEqualTo("Members and officers still cross into each other's roles.");
        assertThat(three.version()).isEqualTo(1);
    }

    @Test
    void aCorrectionToAFinalRoundNeedsAReasonAndMarksTheRow() {
        clickOn("#assess-round");
        clickOn("Interim assessment · 5 Nov 2015 · final");
        waitUntil("the banner is shown", () -> visible("#round-final-banner"));
        clickOn(cellAt("3", grid().commentary));
        clickOn("#correct-assessment");
        waitUntil("the correction dialog opens", () -> visible("#correction-reason"));
        clickOn("#correction-save");
        waitUntil("the missing reason is shown", () -> visible("#correction-problems"));
        assertThat(text("#correction-problems")).contains("needs a reason");

        clickOn("#correction-reason").write("Typed against the wrong recommendation.");
        clickOn("#correction-save");
        waitUntil("the dialog closes", () -> !visible("#correction-reason"));
        waitUntil("the row is marked", () -> drawn("3", marker()).contains(ChangeMarkerCell.CORRECTED));
        AssessmentRound interim = onFx(() -> roundChoice().getValue());
        assertThat(stored(context.assessments().assessments(interim.id()), "3").corrected())
                .isTrue();
    }

    @Test
    void aNewRoundIsCopiedForwardAndFinalisingItMakesItReadOnly() {
        clickOn("#new-round");
        waitUntil("the round dialog opens", () -> visible("#round-title"));
        assertThat(onFx(() -> lookup("#round-copy-from").queryAs(ComboBox.class).getValue()))
                .as("the latest round is copied forward unless the user says otherwise")
                .isEqualTo(onFx(() -> roundChoice().getValue()));
        clickOn("#round-create");
        waitUntil("the missing title is shown", () -> visible("#round-problems"));
        assertThat(text("#round-problems")).contains("needs a title");

        clickOn("#round-title").write("June assessment");
        clickOn("#round-date").push(KeyCode.SHORTCUT, KeyCode.A).write("31/6/2016");
        clickOn("#round-create");
        waitUntil("the bad date is shown", () -> text("#round-problems").contains("'31/6/2016' is not a date"));
        assertThat(visible("#round-title")).as("the dialog stays open").isTrue();
        assertThat(text("#round-problems")).doesNotContain("needs a title");

        clickOn("#round-date").push(KeyCode.SHORTCUT, KeyCode.A).write("30/6/2016");
        clickOn("#round-create");
        waitUntil("the dialog closes", () -> !visible("#round-title"));
        waitUntil(
                "the new round is shown",
                () -> "June assessment · 30 Jun 2016 · draft"
                                .equals(RoundText.label(roundChoice().getValue()))
                        && "G  Good progress".equals(drawn("4", grid().rating)));
        assertThat(text("#assess-progress")).isEqualTo("7 of 11 assessed");
        long reviewId = context.recommendations().review("kerslake-2014").id();
        assertThat(context.assessments().rounds(reviewId)).hasSize(4);

        clickOn("#finalise-round");
        waitUntil("the confirmation asks", () -> visible("#finalise-confirm"));
        clickOn("#finalise-confirm");
        waitUntil("the banner is shown", () -> visible("#round-final-banner"));
        assertThat(text("#round-final-text")).contains("'June assessment' was finalised by");
        AssessmentRound june = onFx(() -> roundChoice().getValue());
        assertThat(june.isFinal()).isTrue();
        assertThat(context.assessments().round(june.id()).isFinal()).isTrue();
    }

    private AssessmentTable grid() {
        return onFx(() -> lookup("#assessment-grid").queryAs(AssessmentTable.class));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<AssessmentRound> roundChoice() {
        return lookup("#assess-round").queryAs(ComboBox.class);
    }

    private TableColumn<Assessment, ?> marker() {
        return onFx(() -> grid().getColumns().get(3));
    }

    private int index(String number) {
        return onFx(() -> {
            List<Assessment> rows = grid().getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).number().equals(number)) {
                    return i;
                }
            }
            throw new AssertionError("No row for recommendation " + number);
        });
    }

    private TableCell<?, ?> cellAt(String number, TableColumn<Assessment, ?> column) {
        int row = index(number);
        return onFx(() -> grid().cellAt(row, column));
    }

    private boolean focused(String number, TableColumn<Assessment, ?> column) {
        int row = index(number);
        return onFx(() -> grid().isFocused() && grid().focusedRow() == row && grid().focusedColumn() == column);
    }

    /** What the drawn cell shows: its text, or its chip's. */
    private String drawn(String number, TableColumn<Assessment, ?> column) {
        TableCell<?, ?> cell = cellAt(number, column);
        return onFx(() -> {
            if (cell == null) {
                return "";
            }
            if (cell.getGraphic() instanceof Labeled chip) {
                return chip.getText();
            }
            return cell.getText() == null ? "" : cell.getText();
        });
    }

    private static Assessment stored(List<Assessment> assessments, String number) {
        return assessments.stream()
                .filter(a -> a.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private String text(String query) {
        return onFx(() -> ((Labeled) lookup(query).query()).getText());
    }

    private boolean visible(String query) {
        return onFx(() -> lookup(query)
                .match(AssessmentGridWindowTest::onScreen)
                .tryQuery()
                .isPresent());
    }

    private static boolean onScreen(Node node) {
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

    /** Types every character without TestFX's pause after each, as the register's window tests do. */
    @Override
    public FxRobot write(String text) {
        return write(text, 0);
    }

    private void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private static <T> T onFx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return WaitForAsyncUtils.waitForAsyncFx(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), read);
    }

    /** The grid opens no files. */
    private static final class NoFiles implements FileDialogs {
        @Override
        public Optional<Path> open(Window owner, String title, String description, String... extensions) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(
                Window owner, String title, String suggestedName, String description, String... extensions) {
            return Optional.empty();
        }
    }
}
