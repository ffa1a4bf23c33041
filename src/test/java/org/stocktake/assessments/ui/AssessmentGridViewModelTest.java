package org.stocktake.assessments.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.LevelDraft;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.testing.TestWorkspaces;

/** The grid's state over the demo workspace (the Kerslake review and its three rounds), with no toolkit. */
class AssessmentGridViewModelTest {

    @TempDir
    Path temp;

    private AppContext context;
    private AssessmentGridViewModel model;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        model = new AssessmentGridViewModel(
                context.assessments(), context.scales(), context.recommendations(), new SameThreadTaskRunner());
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Assessment row(String number) {
        return model.rows().stream()
                .filter(a -> a.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private Assessment stored(String number) {
        return context.assessments().assessments(model.roundProperty().get().id()).stream()
                .filter(a -> a.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private static String level(Assessment a) {
        return a.level() == null ? null : a.level().code();
    }

    private void showRound(String title) {
        model.roundProperty()
                .set(model.rounds().stream()
                        .filter(r -> r.title().equals(title))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void opensOnTheLatestRoundBesideThePreviousOne() {
        assertThat(model.reviewProperty().get().code()).isEqualTo("kerslake-2014");
        assertThat(model.rounds())
                .extracting(AssessmentRound::title)
                .containsExactly("Interim assessment", "Twelve-month assessment", "March assessment");
        assertThat(model.roundProperty().get().title()).isEqualTo("March assessment");
        assertThat(model.rows()).hasSize(11);
        assertThat(model.rows()).extracting(Assessment::number).startsWith("1", "2", "3");
        assertThat(model.progressProperty().get()).isEqualTo("7 of 11 assessed");
        assertThat(model.history().previousRoundProperty().get().title()).isEqualTo("Twelve-month assessment");
        assertThat(level(model.history().previousOf(row("8")))).isEqualTo("S");
        assertThat(model.history().previousOf(row("8")).direction()).isEqualTo(Direction.IMPROVING);
        assertThat(model.readOnlyProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void rowsWhoseRatingOrDirectionMovedSinceThePreviousRoundAreMarked() {
        assertThat(model.history().changedSincePrevious(row("1")))
                .as("G static both times")
                .isFalse();
        assertThat(model.history().changedSincePrevious(row("2")))
                .as("G improving, then G static")
                .isTrue();
        assertThat(model.history().changedSincePrevious(row("4")))
                .as("S static, then G improving")
                .isTrue();
        assertThat(model.history().changedSincePrevious(row("7")))
                .as("L static both times")
                .isFalse();
        assertThat(model.history().changedSincePrevious(row("8")))
                .as("not yet assessed this round")
                .isFalse();
        assertThat(model.history().changeDescription(row("4")))
                .isEqualTo("Changed since Twelve-month assessment: was Some progress, Static;"
                        + " now Good progress, Improving.");
        assertThat(model.history().changeDescription(row("1"))).isEmpty();

        showRound("Interim assessment");
        assertThat(model.history().previousRoundProperty().get())
                .as("the first round has none before it")
                .isNull();
        assertThat(model.rows()).noneMatch(model.history()::changedSincePrevious);
    }

    @Test
    void eachTypedChangeIsSavedAtOnceWithTheRowsVersion() {
        assertThat(model.edits().typeLevel(row("8"), "s")).isTrue();
        assertThat(level(row("8"))).isEqualTo("S");
        assertThat(row("8").version()).isEqualTo(1);
        assertThat(model.edits().typeDirection(row("8"), "i")).isTrue();
        assertThat(model.edits().setCommentary(row("8"), "A city leadership group has met twice."))
                .isTrue();

        Assessment saved = stored("8");
        assertThat(level(saved)).isEqualTo("S");
        assertThat(saved.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(saved.commentary()).isEqualTo("A city leadership group has met twice.");
        assertThat(row("8")).isEqualTo(saved);
        assertThat(model.progressProperty().get()).isEqualTo("8 of 11 assessed");
        assertThat(model.statusProperty().get()).isEqualTo("Saved commentary of recommendation 8. Undo with Ctrl+Z.");
        assertThat(model.history().changedSincePrevious(row("8")))
                .as("S improving, as before")
                .isFalse();

        assertThat(model.edits().typeLevel(row("8"), "g")).isTrue();
        assertThat(model.history().changedSincePrevious(row("8"))).isTrue();
        assertThat(model.edits().typeLevel(row("8"), "x")).isFalse();
        assertThat(model.statusProperty().get()).contains("starts with 'x'").contains("N, L, S, G or E");
        assertThat(level(stored("8"))).isEqualTo("G");
    }

    @Test
    void undoSavesThePreviousDraftBackAndRedoSavesItAgain() {
        model.edits().typeLevel(row("9"), "g");
        model.edits().typeDirection(row("9"), "d");
        assertThat(model.edits().undoStack().undoDescriptionProperty().get())
                .isEqualTo("direction of recommendation 9");

        model.edits().undo();
        assertThat(stored("9").direction()).isNull();
        assertThat(level(stored("9"))).isEqualTo("G");
        assertThat(row("9")).isEqualTo(stored("9"));
        model.edits().undo();
        assertThat(level(stored("9"))).isNull();
        assertThat(model.progressProperty().get()).isEqualTo("7 of 11 assessed");
        assertThat(model.statusProperty().get()).isEqualTo("Undid rating of recommendation 9.");

        model.edits().redo();
        model.edits().redo();
        assertThat(level(stored("9"))).isEqualTo("G");
        assertThat(stored("9").direction()).isEqualTo(Direction.DECLINING);
        assertThat(model.edits().undoStack().canRedoProperty().get()).isFalse();
    }

    @Test
    void undoReachesARoundThatIsNoLongerShown() {
        model.edits().typeLevel(row("10"), "e");
        long march = model.roundProperty().get().id();
        showRound("Interim assessment");

        model.edits().undo();
        Assessment ten = context.assessments().assessments(march).stream()
                .filter(a -> a.number().equals("10"))
                .findFirst()
                .orElseThrow();
        assertThat(ten.level()).isNull();
    }

    @Test
    void anEditRefusedBecauseTheRowChangedMeanwhileIsReportedWithWhatWasTyped() {
        Assessment one = row("1");
        context.assessments()
                .save(
                        one.roundId(),
                        one.recommendationUuid(),
                        one.version(),
                        one.toDraft().withLevel("E"));

        assertThat(model.edits().setCommentary(one, "Still working well.")).isFalse();
        assertThat(model.problemProperty().get().message()).contains("was changed since you opened it");
        assertThat(model.problemProperty().get().unsaved()).isEqualTo("Still working well.");
        assertThat(model.statusProperty().get()).contains("not saved");
        assertThat(row("1")).as("the row is left as read").isEqualTo(one);
        assertThat(model.edits().undoStack().canUndoProperty().get()).isFalse();

        model.reload();
        assertThat(level(row("1"))).isEqualTo("E");
    }

    @Test
    void aFinalRoundIsReadOnlyAndSaysWhoFinalisedIt() {
        showRound("Twelve-month assessment");

        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.history().previousRoundProperty().get().title()).isEqualTo("Interim assessment");
        assertThat(model.bannerProperty().get())
                .contains("finalised by John Crabtree on ")
                .contains("2016")
                .contains("read-only")
                .contains("corrections");
        Assessment before = row("3");
        assertThat(model.edits().typeLevel(before, "e")).isFalse();
        assertThat(model.edits().setCommentary(before, "Changed")).isFalse();
        assertThat(model.statusProperty().get())
                .contains("is final and read-only")
                .contains("Correct…");
        assertThat(stored("3")).isEqualTo(before);
        assertThat(model.problemProperty().get()).as("no service call was made").isNull();
    }

    @Test
    void aCorrectionNeedsAReasonAndMarksTheRow() {
        showRound("Interim assessment");
        Assessment three = row("3");
        AssessmentDraft draft = three.toDraft().withLevel("S");

        assertThatThrownBy(() -> model.edits().correct(three, draft, " ")).isInstanceOf(ValidationException.class);
        assertThat(stored("3").corrected()).isFalse();

        model.edits().correct(three, draft, "Entered against the wrong recommendation");
        assertThat(row("3").corrected()).isTrue();
        assertThat(level(row("3"))).isEqualTo("S");
        assertThat(stored("3")).isEqualTo(row("3"));
        assertThat(model.statusProperty().get()).contains("correction to recommendation 3");
    }

    @Test
    void aNewRoundCopiesForwardTheChosenRoundAndIsShown() {
        AssessmentRound march = model.roundProperty().get();
        assertThatThrownBy(() -> model.createRound(" ", LocalDate.of(2016, 6, 30), march))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("needs a title");
        assertThat(model.rounds()).hasSize(3);

        model.createRound("June assessment", LocalDate.of(2016, 6, 30), march);

        AssessmentRound june = model.roundProperty().get();
        assertThat(june.title()).isEqualTo("June assessment");
        assertThat(model.rounds()).extracting(AssessmentRound::title).endsWith("March assessment", "June assessment");
        assertThat(model.history().previousRoundProperty().get()).isEqualTo(march);
        assertThat(level(row("4"))).isEqualTo("G");
        assertThat(row("4").commentary()).isEqualTo("The electoral review has settled the future size of the council.");
        assertThat(model.rows()).as("nothing moved yet").noneMatch(model.history()::changedSincePrevious);
        assertThat(model.readOnlyProperty().get()).isFalse();
    }

    @Test
    void copiedRowsAreCarriedUntilSomeoneConfirmsOrChangesThem() {
        AssessmentRound march = model.roundProperty().get();
        model.createRound("June assessment", LocalDate.of(2016, 6, 30), march);

        assertThat(row("4").isCarried()).isTrue();
        assertThat(row("4").assessor())
                .as("nobody has said the rating still holds")
                .isNull();
        assertThat(row("4").assessedAt()).isNull();
        assertThat(row("11").isCarried())
                .as("nothing to carry: not assessed in March")
                .isFalse();
        assertThat(model.progressProperty().get()).isEqualTo("0 of 11 assessed, 7 carried");

        assertThat(model.edits().confirm(row("4"))).isTrue();
        assertThat(row("4").isCarried()).isFalse();
        assertThat(row("4").assessor()).isNotNull();
        assertThat(level(row("4"))).as("confirmed as it was").isEqualTo("G");
        assertThat(model.edits().undoStack().canUndoProperty().get())
                .as("a confirmation changes no values, so there is nothing to undo")
                .isFalse();
        model.edits().typeDirection(row("1"), "d");
        assertThat(row("1").isCarried())
                .as("changing a carried row confirms it too")
                .isFalse();
        assertThat(model.progressProperty().get()).isEqualTo("2 of 11 assessed, 5 carried");
        assertThat(stored("1").assessor()).isNotNull();
        assertThat(stored("2").assessor()).isNull();
    }

    @Test
    void finalisingMakesTheRoundReadOnlyAndEndsItsUndoHistory() {
        model.edits().typeLevel(row("11"), "l");
        model.finaliseRound();

        assertThat(model.roundProperty().get().isFinal()).isTrue();
        assertThat(model.rounds().get(2).isFinal()).isTrue();
        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.bannerProperty().get()).contains("March assessment");
        assertThat(model.edits().undoStack().canUndoProperty().get()).isFalse();
        assertThat(level(row("11"))).isEqualTo("L");
        assertThat(context.assessments().round(model.roundProperty().get().id()).isFinal())
                .isTrue();
    }

    @Test
    void typingTheSameInitialAgainCyclesThroughTheLevelsSharingIt() {
        Review review = context.recommendations()
                .createReview(new ReviewDraft("cycle-2024", "A review rated on its own scale", null, null, null));
        context.recommendations()
                .create(new RecommendationDraft(
                        review.id(), "1", null, "Only one", null, null, null, null, null, null, false));
        context.scales()
                .create(new ScaleDraft(
                        "met",
                        "Met or not",
                        null,
                        List.of(
                                new LevelDraft("M", "Met", null, "#2E7D32", true),
                                new LevelDraft("N", "Not met", null, "#C62828", true),
                                new LevelDraft("NA", "Not applicable", null, "#9E9E9E", false))));
        context.scales().useForReview(review.id(), "met");
        context.assessments().createRound(new RoundDraft(review.id(), "First look", LocalDate.of(2024, 5, 1)), null);
        model.load();
        model.reviewProperty()
                .set(model.reviews().stream()
                        .filter(r -> r.id() == review.id())
                        .findFirst()
                        .orElseThrow());
        assertThat(model.roundProperty().get().title()).isEqualTo("First look");

        model.edits().typeLevel(row("1"), "n");
        assertThat(level(row("1"))).isEqualTo("N");
        model.edits().typeLevel(row("1"), "n");
        assertThat(level(row("1"))).isEqualTo("NA");
        model.edits().typeLevel(row("1"), "N");
        assertThat(level(row("1"))).isEqualTo("N");
        assertThat(level(stored("1"))).isEqualTo("N");
        assertThat(model.progressProperty().get()).isEqualTo("1 of 1 assessed");
    }
}
