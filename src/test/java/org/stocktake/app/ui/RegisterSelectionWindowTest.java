package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.testfx.framework.junit5.Start;

/** The selection, the detail pane and the actions always concern a row the user can see. */
class RegisterSelectionWindowTest extends MainWindowTestBase {

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        openWindow(stage);
    }

    @Test
    void choosingAnotherReviewTakesTheSelectionAndItsActionsAway() {
        Review other = context.recommendations()
                .createReview(new ReviewDraft("commissioners-2023", "Commissioners' first report", null, null, null));
        onFx(() -> {
            window.register().model().load();
            return null;
        });
        waitUntil(
                "the new review is offered and the reload is over",
                () -> reviewChoice().getItems().contains(other)
                        && !tasks.busyProperty().get());
        clickRecommendation("2");
        assertThat(text("#detail-title")).startsWith("Recommendation 2:");
        waitUntil("the history of the selection is read", () -> !tasks.busyProperty()
                .get());

        // Chosen through the register's own property, which the review box sets: on a loaded machine the box's
        // value was at times already taken by the reload, and setting it again then changed nothing.
        onFx(() -> {
            window.register().model().reviewFilterProperty().set(other);
            return null;
        });

        waitUntil("the row has left the table", () -> !shownNumbers().contains("2"));
        assertThat(selectedNumber()).isNull();
        assertThat(showing("#detail-title")).as("the detail pane follows").isFalse();
        assertThat(onFx(() -> lookup("#delete-recommendation").queryButton().isDisabled()))
                .isTrue();
        assertThat(onFx(() -> lookup("#edit-recommendation").queryButton().isDisabled()))
                .isTrue();
        clickOn("#register-table");
        push(KeyCode.DELETE);
        assertThat(storedNumbers())
                .as("nothing hidden was deleted")
                .contains("2")
                .hasSize(DEMO_COUNT);
        assertThat(countText()).isEqualTo("0 of 11 recommendations");
    }

    @Test
    void theReviewBoxShowsWhatTheRegisterShows() {
        Review demo = context.recommendations().review(DEMO_REVIEW);

        onFx(() -> {
            window.register().model().reviewFilterProperty().set(demo);
            return null;
        });
        waitUntil(
                "the box shows the review the register shows",
                () -> demo.equals(reviewChoice().getValue()));

        onFx(() -> {
            window.register().model().reviewFilterProperty().set(null);
            return null;
        });
        waitUntil("the box shows all reviews again", () -> reviewChoice().getValue() == null);
    }

    @Test
    void deleteNamesTheReviewAndTheCountFollows() {
        clickRecommendation("7");
        push(KeyCode.DELETE);

        waitUntil("the count follows", () -> countText().equals("10 recommendations"));
        assertThat(statusText()).isEqualTo("Deleted recommendation 7 of kerslake-2014. Undo with Ctrl+Z.");
    }

    @Test
    void homeAndEndGoToTheFirstAndLastRecommendationWithoutAnError() {
        clickRecommendation("5");

        push(KeyCode.HOME);
        waitUntil("the first recommendation is selected", () -> "1".equals(selectedNumber()));
        assertThat(text("#detail-title")).startsWith("Recommendation 1:");

        push(KeyCode.END);
        waitUntil("the last recommendation is selected", () -> "11".equals(selectedNumber()));
        assertThat(uncaught).as("errors on the FX thread").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Review> reviewChoice() {
        return onFx(() -> (ComboBox<Review>) window.register().view().lookup("#review-choice"));
    }
}
