package org.stocktake.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.testing.TestWorkspaces;

class RegisterViewModelTest {

    @TempDir
    Path temp;

    private AppContext context;
    private RegisterViewModel model;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC());
        model = new RegisterViewModel(context.recommendations(), new SameThreadTaskRunner());
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Recommendation number(String number) {
        return model.all().stream()
                .filter(r -> r.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private String storedTitle(Recommendation r) {
        return context.recommendations().recommendation(r.uuid()).title();
    }

    @Test
    void everyWordTypedMustAppearSomewhere() {
        assertThat(model.visible()).hasSize(11);
        model.filterTextProperty().set("partnership");
        assertThat(model.visible())
                .as("the theme counts")
                .extracting(Recommendation::number)
                .containsExactly("8", "9", "10", "11");
        model.filterTextProperty().set("Feedback");
        assertThat(model.visible()).extracting(Recommendation::number).containsExactly("9");
        model.filterTextProperty().set("  LEADER   city  PLAN ");
        assertThat(model.visible()).extracting(Recommendation::number).containsExactly("8");
        model.filterTextProperty().set("no such words");
        assertThat(model.visible()).isEmpty();
        model.filterTextProperty().set("");
        assertThat(model.visible()).hasSize(11);
    }

    @Test
    void theFilterSearchesTextAndNotesToo() {
        Recommendation five = number("5");
        RecommendationDraft draft = five.toDraft();
        model.update(
                five,
                new RecommendationDraft(
                        draft.reviewId(),
                        draft.number(),
                        draft.theme(),
                        draft.title(),
                        draft.body(),
                        draft.owner(),
                        draft.priority(),
                        draft.milestone(),
                        draft.source(),
                        "Ask about the reserves drawdown",
                        draft.summaryOnly()));
        model.filterTextProperty().set("drawdown");
        assertThat(model.visible()).extracting(Recommendation::number).containsExactly("5");
    }

    @Test
    void undoAndRedoAnEditGoThroughTheDatabase() {
        Recommendation three = number("3");
        RecommendationDraft changed = new RecommendationDraft(
                three.reviewId(),
                "3",
                three.theme(),
                "Clearer roles",
                three.body(),
                three.owner(),
                null,
                null,
                three.source(),
                null,
                three.summaryOnly());
        model.update(three, changed);
        assertThat(storedTitle(three)).isEqualTo("Clearer roles");

        model.undo();
        assertThat(storedTitle(three)).isEqualTo(three.title());
        assertThat(number("3").title()).isEqualTo(three.title());

        model.redo();
        assertThat(storedTitle(three)).isEqualTo("Clearer roles");
        assertThat(model.undoStack().canRedoProperty().get()).isFalse();
    }

    @Test
    void undoOfADeletionRestoresTheSameRecommendation() {
        Recommendation seven = number("7");
        model.selectedProperty().set(seven);
        model.deleteSelected();
        assertThat(model.visible()).extracting(Recommendation::number).doesNotContain("7");
        assertThat(model.selectedProperty().get()).isNull();

        model.undo();
        assertThat(number("7").uuid()).isEqualTo(seven.uuid());
        assertThat(model.all())
                .extracting(Recommendation::number)
                .as("back in its place")
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    void undoOfACreationRemovesItAndRedoBringsItBack() {
        RecommendationDraft draft = model.newDraft();
        assertThat(draft.number()).isEqualTo("12");
        Recommendation created = model.create(new RecommendationDraft(
                draft.reviewId(), "12", "Size and structure", "A new one", null, null, null, null, null, null, false));
        assertThat(model.selectedProperty().get()).isEqualTo(created);

        model.undo();
        assertThat(context.recommendations().recommendations(null)).hasSize(11);
        model.redo();
        assertThat(context.recommendations().recommendations(null)).hasSize(12);
    }

    @Test
    void aRefusedUndoIsReportedAndKeptForLater() {
        Recommendation two = number("2");
        model.selectedProperty().set(two);
        model.deleteSelected();
        // Someone else (another import, the command line) takes the number meanwhile, outside this register's undo.
        Recommendation taker = context.recommendations()
                .create(new RecommendationDraft(
                        two.reviewId(), "2", null, "Took the number", null, null, null, null, null, null, false));

        model.undo();

        assertThat(model.statusProperty().get())
                .isEqualTo("Cannot undo: Recommendation 2 cannot come back: another recommendation now has that"
                        + " number.");
        assertThat(model.undoStack().canUndoProperty().get())
                .as("the refused deletion stays to be undone later")
                .isTrue();
        assertThat(model.undoStack().undoDescriptionProperty().get()).isEqualTo("deletion of recommendation 2");
        assertThat(model.undoStack().canRedoProperty().get()).isFalse();

        context.recommendations().delete(taker.uuid());
        model.undo();
        assertThat(context.recommendations().recommendation(two.uuid()).title()).isEqualTo(two.title());
        assertThat(model.statusProperty().get()).isEqualTo("Undid deletion of recommendation 2.");
    }

    @Test
    void aSelectionTheFilterHidesIsDroppedSoNoActionReachesIt() {
        Recommendation two = number("2");
        model.selectedProperty().set(two);

        model.filterTextProperty().set("partnership");

        assertThat(model.visible()).doesNotContain(two);
        assertThat(model.selectedProperty().get())
                .as("nothing hidden stays selected")
                .isNull();
        model.deleteSelected();
        assertThat(context.recommendations().recommendation(two.uuid())).isEqualTo(two);
        assertThat(model.undoStack().canUndoProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherReviewDropsTheSelection() {
        Review other = context.recommendations()
                .createReview(new ReviewDraft("other-2016", "Another review", null, null, null));
        model.load();
        Recommendation two = number("2");
        model.selectedProperty().set(two);

        model.reviewFilterProperty().set(other);

        assertThat(model.visible()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void aDeletionNamesTheReview() {
        model.selectedProperty().set(number("2"));

        model.deleteSelected();

        assertThat(model.statusProperty().get())
                .isEqualTo("Deleted recommendation 2 of kerslake-2014. Undo with Ctrl+Z.");
        assertThat(model.totalCount()).isEqualTo(10);
    }

    @Test
    void anInvalidEditIsRefusedWithoutTouchingTheUndoHistory() {
        Recommendation one = number("1");
        assertThatThrownBy(() -> model.update(one, one.toDraft().withNumber("2")))
                .isInstanceOf(ValidationException.class);
        assertThat(model.undoStack().canUndoProperty().get()).isFalse();
        assertThat(storedTitle(one)).isEqualTo(one.title());
    }
}
