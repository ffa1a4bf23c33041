package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.ui.MainWindow;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.shared.config.WindowSettings;
import org.stocktake.shared.task.FxTaskRunner;
import org.stocktake.testing.FakeFileDialogs;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.testing.WindowTestBase;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.Start;

/**
 * The assessment grid in the real main window over the demo workspace: rating from the keyboard in the March draft
 * round, checked on screen and in the database, and a final round that refuses typing. Waits poll on the FX thread.
 */
class AssessmentGridWindowTest extends WindowTestBase {

    @TempDir
    Path folder;

    private AppContext context;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(stage, WindowSettings.load(folder), tasks, new FakeFileDialogs());
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
    void theReviewAndRoundStayChosenAfterAVisitToTheDashboard() {
        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        waitUntil(
                "the dashboard is shown",
                () -> showing("#dashboard-view") && !tasks.busyProperty().get());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        waitUntil(
                "the grid is back and read again",
                () -> showing("#assessment-grid") && !tasks.busyProperty().get() && cellAt("1", grid().rating) != null);

        assertThat(onFx(() -> roundChoice().getValue())).as("the round chosen").isNotNull();
        assertThat(onFx(() -> roundChoice().getButtonCell().getText()))
                .as("the round box as drawn")
                .isEqualTo("March assessment · 15 Mar 2016 · draft");
        assertThat(onFx(() -> reviewChoice().getButtonCell().getText()))
                .as("the review box as drawn")
                .startsWith("The way forward");
        assertThat(text("#assess-progress")).isEqualTo("7 of 11 assessed");
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
        waitUntil("the banner is shown", () -> showing("#round-final-banner"));
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
        waitUntil("the banner is shown", () -> showing("#round-final-banner"));
        clickOn(cellAt("3", grid().commentary));
        clickOn("#correct-assessment");
        waitUntil("the correction dialog opens", () -> showing("#correction-reason"));
        clickOn("#correction-save");
        waitUntil("the missing reason is shown", () -> showing("#correction-problems"));
        assertThat(text("#correction-problems")).contains("needs a reason");

        clickOn("#correction-reason").write("Typed against the wrong recommendation.");
        clickOn("#correction-save");
        waitUntil("the dialog closes", () -> !showing("#correction-reason"));
        waitUntil("the row is marked", () -> drawn("3", marker()).contains(ChangeMarkerCell.CORRECTED));
        AssessmentRound interim = onFx(() -> roundChoice().getValue());
        assertThat(stored(context.assessments().assessments(interim.id()), "3").corrected())
                .isTrue();

        clickOn(cellAt("3", grid().commentary));
        waitUntil("the original and the correction are shown side by side", () -> showing("#correction-pane"));
        assertThat(paneText("#correction-original"))
                .contains("As first recorded, by John Crabtree on 5 Nov 2015")
                .contains("L  Limited")
                .contains("Members and officers still cross into each other's roles.");
        assertThat(paneText("#correction-latest"))
                .contains("Correction, by ")
                .contains("Reason: Typed against the wrong recommendation.");
        clickOn(cellAt("4", grid().commentary));
        waitUntil("an uncorrected row has no correction pane", () -> !showing("#correction-pane"));
    }

    @Test
    void aNewRoundIsCopiedForwardAndFinalisingItMakesItReadOnly() {
        clickOn("#new-round");
        waitUntil("the round dialog opens", () -> showing("#round-title"));
        assertThat(onFx(() -> lookup("#round-copy-from").queryAs(ComboBox.class).getValue()))
                .as("the latest round is copied forward unless the user says otherwise")
                .isEqualTo(onFx(() -> roundChoice().getValue()));
        clickOn("#round-create");
        waitUntil("the missing title is shown", () -> showing("#round-problems"));
        assertThat(text("#round-problems")).contains("needs a title");

        clickOn("#round-title").write("June assessment");
        clickOn("#round-date").push(KeyCode.SHORTCUT, KeyCode.A).write("31/6/2016");
        clickOn("#round-create");
        waitUntil("the bad date is shown", () -> text("#round-problems").contains("'31/6/2016' is not a date"));
        assertThat(showing("#round-title")).as("the dialog stays open").isTrue();
        assertThat(text("#round-problems")).doesNotContain("needs a title");

        clickOn("#round-date").push(KeyCode.SHORTCUT, KeyCode.A).write("30/6/2016");
        clickOn("#round-create");
        waitUntil("the dialog closes", () -> !showing("#round-title"));
        waitUntil(
                "the new round is shown",
                () -> "June assessment · 30 Jun 2016 · draft"
                                .equals(RoundText.label(roundChoice().getValue()))
                        && "G  Good progress".equals(drawn("4", grid().rating)));
        assertThat(text("#assess-progress"))
                .as("copied ratings are carried, not yet this round's")
                .isEqualTo("0 of 11 assessed, 7 carried");
        assertThat(drawn("4", assessor())).isEqualTo(AssessorCell.CARRIED);

        clickOn(cellAt("4", grid().rating));
        push(KeyCode.SPACE);
        waitUntil(
                "Space confirms the carried row", () -> "1 of 11 assessed, 6 carried".equals(text("#assess-progress")));
        assertThat(drawn("4", grid().rating)).isEqualTo("G  Good progress");
        assertThat(drawn("4", assessor())).isNotEqualTo(AssessorCell.CARRIED).isNotEmpty();
        long reviewId = context.recommendations().review("kerslake-2014").id();
        assertThat(context.assessments().rounds(reviewId)).hasSize(4);

        clickOn("#finalise-round");
        waitUntil("the confirmation asks", () -> showing("#finalise-confirm"));
        clickOn("#finalise-confirm");
        waitUntil("the banner is shown", () -> showing("#round-final-banner"));
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

    @SuppressWarnings("unchecked")
    private ComboBox<?> reviewChoice() {
        return lookup("#assess-review").queryAs(ComboBox.class);
    }

    /** Every text drawn inside the node, in order, one per line. */
    private String paneText(String query) {
        return onFx(() -> lookup(query).queryAll().stream()
                .flatMap(node -> from(node).lookup((Node n) -> n instanceof Labeled).queryAll().stream())
                .map(n -> ((Labeled) n).getText())
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private TableColumn<Assessment, ?> assessor() {
        return onFx(() -> grid().getColumns().get(7));
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
            if (cell.getGraphic() instanceof Parent box) {
                return box.getChildrenUnmodifiable().stream()
                        .filter(Labeled.class::isInstance)
                        .map(n -> ((Labeled) n).getText())
                        .findFirst()
                        .orElse("");
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
}
