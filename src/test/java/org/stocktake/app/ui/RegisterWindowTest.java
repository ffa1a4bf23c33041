package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.recommendations.service.Recommendation;
import org.testfx.framework.junit5.Start;

/** Filtering, grouping, editing and adding recommendations in the real window, checked on screen and on disk. */
class RegisterWindowTest extends MainWindowTestBase {

    private static final String BUDGET = "A credible plan to balance the budget to 2018/19";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void filterShowsOnlyMatchingRecommendationsUnderTheirThemesAndEscapeClearsIt() {
        clickOn("#register-filter").write("partnership");

        waitUntil("the count reports the filter", () -> countText().equals("4 of 11 recommendations"));
        assertThat(shownNumbers()).containsExactly("8", "9", "10", "11");
        assertThat(shownHeadings()).containsExactly("Communities and partnership (4)");

        write(" leader");
        waitUntil("every word must match", () -> countText().equals("3 of 11 recommendations"));
        assertThat(shownNumbers()).containsExactly("8", "10", "11");
        assertThat(shownHeadings()).containsExactly("Communities and partnership (3)");

        push(KeyCode.ESCAPE);
        waitUntil("Escape brings every recommendation back", () -> countText().equals("11 recommendations"));
        assertThat(text("#register-filter")).isEmpty();
        assertThat(shownNumbers()).containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(shownHeadings())
                .containsExactly(
                        "Leadership and strategy (3)",
                        "Size and structure (2)",
                        "Financial and performance management (2)",
                        "Communities and partnership (4)");
    }

    @Test
    void groupByThemeToggleFlattensTheRegisterAndShowsTheThemeColumn() {
        clickOn("#group-by-theme");

        waitUntil("the headings are gone", () -> shownHeadings().isEmpty());
        assertThat(shownNumbers()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(themeColumn().isVisible()).as("the Theme column, once flat").isTrue();
        assertThat(window.register().model().groupByThemeProperty().get()).isFalse();
        assertThat(onFx(() -> ((CheckMenuItem) menuItem("menu-group")).isSelected()))
                .as("the View menu's check follows the button")
                .isFalse();

        clickOn("#group-by-theme");
        waitUntil("the headings are back", () -> shownHeadings().size() == 4);
        assertThat(themeColumn().isVisible())
                .as("the Theme column, when grouped")
                .isFalse();
    }

    private TreeTableColumn<?, ?> themeColumn() {
        return onFx(() -> table().getColumns().stream()
                .filter(c -> c.getText().equals("Theme"))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void editingARecommendationShowsTheNewTitleAndWritesIt() {
        Recommendation before = stored("5").orElseThrow();
        assertThat(before.title()).isEqualTo(BUDGET);

        clickRecommendation("5");
        push(KeyCode.ENTER);
        waitUntil("the editor opens", () -> showing("#editor-title"));
        assertThat(text("#editor-title")).isEqualTo(BUDGET);
        retype("#editor-title", "Budget plan");
        retype("#editor-owner", "Treasurer");
        clickOn("#editor-save");

        waitUntil("the editor closes", () -> !showing("#editor-title"));
        waitUntil(
                "the row shows the new title", () -> shownTitle("5").orElse("").equals("Budget plan"));
        assertThat(drawnInRegister("Budget plan")).isTrue();
        assertThat(drawnInRegister(BUDGET)).isFalse();
        assertThat(text("#detail-title")).isEqualTo("Recommendation 5: Budget plan");
        assertThat(statusText()).isEqualTo("Saved edit of recommendation 5. Undo with Ctrl+Z.");

        Recommendation after = stored("5").orElseThrow();
        assertThat(after.title()).isEqualTo("Budget plan");
        assertThat(after.owner()).isEqualTo("Treasurer");
        assertThat(after.uuid()).isEqualTo(before.uuid());
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(storedDemo()).hasSize(DEMO_COUNT);
    }

    @Test
    void editorRefusesABlankTitleAndABadDateAndWritesNothing() {
        Recommendation before = stored("5").orElseThrow();

        clickRecommendation("5");
        clickOn("#edit-recommendation");
        waitUntil("the editor opens", () -> showing("#editor-title"));
        retype("#editor-title", "");
        clickOn("#editor-save");

        assertThat(showing("#editor-title")).as("the editor stays open").isTrue();
        waitUntil("the problem is shown", () -> showing("#editor-problems"));
        assertThat(text("#editor-problems")).contains("A recommendation needs a title.");

        retype("#editor-title", "Budget");
        retype("#editor-milestone", "31/13/2015");
        clickOn("#editor-save");

        assertThat(showing("#editor-title")).as("the editor stays open").isTrue();
        assertThat(text("#editor-problems")).contains("'31/13/2015' is not a date");
        assertThat(text("#editor-problems")).doesNotContain("needs a title");
        assertThat(text("#editor-title")).as("what was typed is kept").isEqualTo("Budget");

        clickOn("Cancel");
        waitUntil("the editor closes", () -> !showing("#editor-title"));
        assertThat(stored("5")).contains(before);
        assertThat(shownTitle("5")).contains(BUDGET);
        assertThat(text("#detail-title")).isEqualTo("Recommendation 5: " + BUDGET);
    }

    @Test
    void newRecommendationRefusesATakenNumberThenAddsAndSelectsIt() {
        clickOn("#new-recommendation");
        waitUntil("the editor opens", () -> showing("#editor-number"));
        assertThat(text("#editor-number"))
                .as("the next free number is suggested")
                .isEqualTo("12");
        retype("#editor-number", "3");
        retype("#editor-title", "Letters");
        clickOn("#editor-save");

        waitUntil("the clash is shown", () -> showing("#editor-problems"));
        assertThat(text("#editor-problems")).contains("Recommendation 3 already exists in this review.");
        assertThat(showing("#editor-number")).as("the editor stays open").isTrue();
        assertThat(storedDemo()).hasSize(DEMO_COUNT);

        retype("#editor-number", "12");
        clickOn("#editor-save");

        waitUntil("the editor closes", () -> !showing("#editor-number"));
        waitUntil("the new row is shown", () -> shownNumbers().contains("12"));
        assertThat(shownTitle("12")).contains("Letters");
        assertThat(countText()).isEqualTo("12 recommendations");
        assertThat(selectedNumber()).isEqualTo("12");
        assertThat(onFx(() -> table().getSelectionModel().getSelectedIndex()))
                .as("the table's own selection is the new row")
                .isEqualTo(shownRows().indexOf(new Row("12", "Letters")));
        assertThat(text("#detail-title")).isEqualTo("Recommendation 12: Letters");
        assertThat(stored("12").map(Recommendation::title)).contains("Letters");
        assertThat(storedDemo()).hasSize(DEMO_COUNT + 1);
        assertThat(stored("3").map(Recommendation::title))
                .contains("Roles of members and officers; a stronger corporate centre");
    }

    @Test
    void shortcutNOpensTheEditorAndCancelWritesNothing() {
        clickRecommendation("1");
        push(KeyCode.SHORTCUT, KeyCode.N);
        waitUntil("the editor opens", () -> showing("#editor-number"));
        assertThat(onFx(() -> listWindows().stream()
                        .anyMatch(w -> w instanceof Stage s && "New recommendation".equals(s.getTitle()))))
                .isTrue();
        write("Draft");

        clickOn("Cancel");
        waitUntil("the editor closes", () -> !showing("#editor-number"));
        assertThat(storedDemo()).hasSize(DEMO_COUNT);
        assertThat(countText()).isEqualTo("11 recommendations");
    }
}
