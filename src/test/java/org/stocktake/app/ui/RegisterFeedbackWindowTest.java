package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.testfx.framework.junit5.Start;

/** What the register tells the user: messages that speak of what is on show, and a history that is up to date. */
class RegisterFeedbackWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aMessageAboutTheRegisterDoesNotFollowTheUserToOtherAreas() {
        clickRecommendation("7");
        push(KeyCode.DELETE);
        waitUntil("the deletion is reported", () -> statusText().startsWith("Deleted recommendation 7"));
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil("the undo is reported", () -> statusText().equals("Undid deletion of recommendation 7."));

        clickOn("#nav-panel");
        waitUntil("the panel is shown", () -> showing("#panel-table"));
        waitUntil("the status bar has nothing stale", () -> statusText().isEmpty());

        clickOn("#nav-recommendations");
        waitUntil("the register is back", () -> showing("#register-view"));
        waitUntil(
                "the register has been read again", () -> !tasks.busyProperty().get());
        assertThat(statusText()).as("the old message does not come back").isEmpty();
    }

    @Test
    void aNewRoundShowsInTheHistoryWithoutSelectingTheRowAgain() {
        clickRecommendation("2");
        waitUntil("the history is read", () -> !historyTexts().isEmpty());
        assertThat(historyTexts()).noneMatch(text -> text.startsWith("Panel visit"));

        Recommendation two = stored("2").orElseThrow();
        List<AssessmentRound> rounds = context.assessments().rounds(two.reviewId());
        onFx(() -> {
            AssessmentRound visit = context.assessments()
                    .createRound(
                            new RoundDraft(two.reviewId(), "Panel visit", LocalDate.of(2016, 6, 1)),
                            rounds.get(rounds.size() - 1).id());
            // A rating carried forward is not an assessment of the new round until someone confirms it.
            Assessment carried = context.assessments().assessments(visit.id()).stream()
                    .filter(a -> a.recommendationUuid().equals(two.uuid()))
                    .findFirst()
                    .orElseThrow();
            context.assessments().save(visit.id(), two.uuid(), carried.version(), carried.toDraft());
            window.show(Area.ASSESSMENTS);
            window.show(Area.RECOMMENDATIONS);
            return null;
        });

        waitUntil("the new round is in the history", () -> historyTexts().stream()
                .anyMatch(text -> text.startsWith("Panel visit, 1 June 2016")));
        assertThat(selectedNumber()).isEqualTo("2");
    }

    @Test
    void aCorrectionIsShownBesideTheOriginalWithItsReasonAuthorAndDate() {
        Recommendation two = stored("2").orElseThrow();
        AssessmentRound finalRound = context.assessments().rounds(two.reviewId()).stream()
                .filter(AssessmentRound::isFinal)
                .findFirst()
                .orElseThrow();
        String original = context.assessments().history(two.uuid()).stream()
                .filter(entry -> entry.round().id() == finalRound.id())
                .findFirst()
                .orElseThrow()
                .level()
                .label();
        context.assessments()
                .correct(
                        finalRound.id(),
                        two.uuid(),
                        new AssessmentDraft("E", Direction.IMPROVING, "Embedded across the council."),
                        "The report was published after all.");

        clickRecommendation("2");

        waitUntil("the correction is shown", () -> showing("#detail-history .timeline-correction"));
        List<String> texts = historyTexts();
        assertThat(texts).contains(original + " (as first given)");
        assertThat(texts).anyMatch(text -> text.startsWith("Corrected on ") && text.contains(" by "));
        assertThat(texts).contains("Reason: The report was published after all.", "Embedded across the council.");
    }

    @Test
    void exportWithAllReviewsShownAsksWhichReview() throws Exception {
        Review other = context.recommendations()
                .createReview(new ReviewDraft("commissioners-2023", "Commissioners' first report", null, null, null));
        onFx(() -> {
            window.register().model().load();
            return null;
        });
        waitUntil(
                "both reviews are known",
                () -> window.register().model().reviews().size() == 2);
        Path file = folder.resolve("kerslake.csv");
        files.answer(file);

        Platform.runLater(() -> menuItem("menu-export").fire());
        waitUntil("the question is asked", () -> showing("#export-review"));
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Review> choice = lookup("#export-review").queryAs(ComboBox.class);
            assertThat(choice.getItems()).extracting(Review::code).containsExactly(DEMO_REVIEW, other.code());
            choice.setValue(choice.getItems().get(0));
            return null;
        });
        clickOn((Node) lookup("#export-review-confirm").queryAs(Button.class));

        waitUntil("the export is reported", () -> statusText().equals("Exported kerslake-2014 to kerslake.csv."));
        assertThat(Files.readAllLines(file)).hasSize(DEMO_COUNT + 1);
    }

    /** The texts shown in the detail pane's history, in order. */
    private List<String> historyTexts() {
        return onFx(() -> lookup("#detail-history .label").queryAll().stream()
                .filter(node -> onScreen(node))
                .map(node -> ((Labeled) node).getText())
                .filter(text -> text != null && !text.isBlank() && !text.equals("History"))
                .toList());
    }
}
