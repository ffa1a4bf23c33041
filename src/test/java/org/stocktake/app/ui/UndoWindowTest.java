package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.recommendations.service.Recommendation;
import org.testfx.framework.junit5.Start;

/** Undo and redo from the keyboard in the real window: each step shows on screen and reaches the database. */
class UndoWindowTest extends MainWindowTestBase {

    private static final String BUDGET = "A credible plan to balance the budget to 2018/19";
    private static final String NEW_TITLE = "Budget plan";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void shortcutZUndoesAnEditAndShortcutShiftZRedoesIt() {
        clickRecommendation("5");
        push(KeyCode.ENTER);
        waitUntil("the editor opens", () -> showing("#editor-title"));
        retype("#editor-title", NEW_TITLE);
        clickOn("#editor-save");
        waitUntil("the edit is shown", () -> shownTitle("5").orElse("").equals(NEW_TITLE));
        assertThat(stored("5").map(Recommendation::title)).contains(NEW_TITLE);
        assertThat(onFx(() -> menuItem("menu-undo").getText())).isEqualTo("Undo edit of recommendation 5");

        clickRecommendation("5");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil("the old title is back", () -> shownTitle("5").orElse("").equals(BUDGET));
        assertThat(stored("5").map(Recommendation::title)).contains(BUDGET);
        assertThat(text("#detail-title")).isEqualTo("Recommendation 5: " + BUDGET);
        assertThat(statusText()).isEqualTo("Undid edit of recommendation 5.");
        assertThat(onFx(() -> menuItem("menu-redo").getText())).isEqualTo("Redo edit of recommendation 5");

        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitUntil("the edit is back", () -> shownTitle("5").orElse("").equals(NEW_TITLE));
        assertThat(stored("5").map(Recommendation::title)).contains(NEW_TITLE);
        assertThat(text("#detail-title")).isEqualTo("Recommendation 5: " + NEW_TITLE);
        assertThat(statusText()).isEqualTo("Redid edit of recommendation 5.");
        assertThat(storedDemo()).hasSize(DEMO_COUNT);
    }

    @Test
    void deleteKeyRemovesARecommendationAndShortcutZRestoresIt() {
        Recommendation seven = stored("7").orElseThrow();

        clickRecommendation("7");
        push(KeyCode.DELETE);
        waitUntil("the row is gone", () -> !shownNumbers().contains("7"));
        assertThat(countText()).isEqualTo("10 recommendations");
        assertThat(shownHeadings()).contains("Size and structure (1)");
        assertThat(storedNumbers()).hasSize(DEMO_COUNT - 1).doesNotContain("7");
        assertThat(statusText()).contains("recommendation 7").endsWith("Undo with Ctrl+Z.");

        clickRecommendation("4");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil("the row is back", () -> shownNumbers().contains("7"));
        assertThat(countText()).isEqualTo("11 recommendations");
        assertThat(shownHeadings()).contains("Size and structure (2)");
        assertThat(shownTitle("7")).contains(seven.title());
        assertThat(stored("7").map(Recommendation::uuid)).contains(seven.uuid());
        assertThat(storedDemo()).hasSize(DEMO_COUNT);
    }

    @Test
    void deletingSaysSoPlainlyInTheStatusBar() {
        clickRecommendation("7");
        push(KeyCode.DELETE);
        waitUntil("the row is gone", () -> !shownNumbers().contains("7"));
        assertThat(statusText()).isEqualTo("Deleted recommendation 7 of kerslake-2014. Undo with Ctrl+Z.");
    }

    @Test
    void undoFollowsTheAreaOnShowSoItNeverTakesBackAnUnseenChange() {
        Recommendation seven = stored("7").orElseThrow();
        clickRecommendation("7");
        push(KeyCode.DELETE);
        waitUntil("the row is gone", () -> !shownNumbers().contains("7"));

        push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        waitUntil("the dashboard shows", () -> showing("#dashboard-ratings-chart"));
        assertThat(onFx(() -> menuItem("menu-undo").isDisable())).isTrue();
        push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(stored("7"))
                .as("still deleted while the register is out of sight")
                .isEmpty();

        push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        waitUntil("the register shows", () -> showing("#register-table"));
        assertThat(onFx(() -> menuItem("menu-undo").getText())).isEqualTo("Undo deletion of recommendation 7");
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil("the row is back", () -> shownNumbers().contains("7"));
        assertThat(stored("7").map(Recommendation::uuid)).contains(seven.uuid());
    }
}
