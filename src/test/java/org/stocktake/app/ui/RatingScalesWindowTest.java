package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.assessments.service.LevelDraft;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.assessments.service.ScaleDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.ReviewDraft;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tools > Rating scales…: seeing the scales, defining one's own, and choosing the scale a review is rated on. */
class RatingScalesWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aScaleDefinedInTheFormIsSavedWithItsLevelsInOrderAfterItsProblemsAreShown() {
        openScales();
        assertThat(shownScales()).contains("Red, amber, green", "Progress", "Auditor priority");
        assertThat(onFx(() -> lookup("#scales-levels")
                        .queryAs(TableView.class)
                        .getItems()
                        .size()))
                .as("the selected scale's levels are listed")
                .isPositive();

        Platform.runLater(() -> lookup("#scales-new").queryAs(Button.class).fire());
        waitUntil("the scale form is open", () -> showing("#scale-code"));
        retype("#scale-code", "four-step");
        retype("#scale-name", "Four step");
        retype("#scale-description", "Four steps from poor to excellent");
        fillLevel(0, "P", "Poor", "#B71C1C");

        save();
        waitUntil("the problems are shown", () -> showing("#scale-problems"));
        assertThat(text("#scale-problems")).contains("A scale needs at least two levels.");
        assertThat(showing("#scale-code")).as("the form stays open").isTrue();
        assertThat(text("#scale-code")).isEqualTo("four-step");
        assertThat(text("#scale-name")).isEqualTo("Four step");

        addLevel();
        fillLevel(1, "F", "Fair", "#EF6C00");
        addLevel();
        fillLevel(2, "E", "Excellent", "#1B5E20");
        addLevel();
        fillLevel(3, "G", "Good", "#7CB342");
        addLevel();
        fillLevel(4, "X", "Spare", "#000000");
        press(3, "level-up"); // Good goes above Excellent
        press(4, "level-remove"); // the spare goes

        save();
        waitUntil("the form has closed", () -> !showing("#scale-code"));
        waitUntil("the new scale is listed", () -> shownScales().contains("Four step"));

        RatingScale saved = context.scales().scale("four-step");
        assertThat(saved.name()).isEqualTo("Four step");
        assertThat(saved.levels()).extracting(RatingLevel::code).containsExactly("P", "F", "G", "E");
        assertThat(saved.levels())
                .extracting(RatingLevel::colour)
                .containsExactly("#B71C1C", "#EF6C00", "#7CB342", "#1B5E20");
        assertThat(saved.levels()).allMatch(RatingLevel::countsAsRated);
    }

    @Test
    void aReviewWithRatingsKeepsItsScaleAndAnEmptyReviewTakesTheChosenOne() {
        Review empty = context.recommendations().createReview(new ReviewDraft("empty-2024", "Empty", null, null, null));
        context.scales()
                .create(new ScaleDraft(
                        "four-step",
                        "Four step",
                        null,
                        List.of(
                                new LevelDraft("P", "Poor", null, "#B71C1C", true),
                                new LevelDraft("F", "Fair", null, "#EF6C00", true),
                                new LevelDraft("G", "Good", null, "#7CB342", true),
                                new LevelDraft("E", "Excellent", null, "#1B5E20", true))));
        long kerslake = context.recommendations().review(DEMO_REVIEW).id();
        openScales();

        choose(DEMO_REVIEW, "four-step");
        useForReview();
        assertThat(text("#scales-status")).contains("already has ratings on another scale");
        assertThat(context.scales().scaleForReview(kerslake).code()).isEqualTo("progress");
        assertThat(onFx(() -> chosenScale().code())).as("the choice goes back").isEqualTo("progress");

        choose("empty-2024", "four-step");
        useForReview();
        assertThat(text("#scales-status")).contains("now rated on 'Four step'");
        assertThat(context.scales().scaleForReview(empty.id()).code()).isEqualTo("four-step");
        assertThat(context.scales().scaleForReview(kerslake).code()).isEqualTo("progress");
    }

    private void openScales() {
        var item = menuItem("menu-scales");
        assertThat(onFx(item::isDisable))
                .as("the menu item is enabled once the workspace is open")
                .isFalse();
        // The dialog waits in its own event loop, so the item is fired without waiting for it to return.
        Platform.runLater(item::fire);
        waitUntil("the rating scales are shown", () -> showing("#scales-list"));
    }

    private List<String> shownScales() {
        return onFx(() -> lookup("#scales-list").queryAs(ListView.class).getItems().stream()
                .map(s -> ((RatingScale) s).name())
                .toList());
    }

    @SuppressWarnings("unchecked")
    private void choose(String reviewCode, String scaleCode) {
        interact(() -> {
            ComboBox<Review> review = lookup("#scales-review").queryAs(ComboBox.class);
            review.setValue(review.getItems().stream()
                    .filter(r -> r.code().equals(reviewCode))
                    .findFirst()
                    .orElseThrow());
            ComboBox<RatingScale> scale = lookup("#scales-choice").queryAs(ComboBox.class);
            scale.setValue(scale.getItems().stream()
                    .filter(s -> s.code().equals(scaleCode))
                    .findFirst()
                    .orElseThrow());
        });
    }

    @SuppressWarnings("unchecked")
    private RatingScale chosenScale() {
        return ((ComboBox<RatingScale>) lookup("#scales-choice").query()).getValue();
    }

    private void useForReview() {
        clickOn("#scales-use");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save() {
        interact(() -> lookup("#scale-save").queryAs(Button.class).fire());
    }

    private void addLevel() {
        interact(() -> lookup("#scale-add-level").queryAs(Button.class).fire());
    }

    private HBox row(int index) {
        return onFx(() ->
                (HBox) lookup("#scale-levels").queryAs(VBox.class).getChildren().get(index));
    }

    private Node field(int index, String styleClass) {
        return onFx(() -> row(index).getChildren().stream()
                .filter(n -> n.getStyleClass().contains(styleClass))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Level " + index + " has no " + styleClass)));
    }

    private void fillLevel(int index, String code, String label, String colour) {
        typeInto((TextField) field(index, "level-code"), code);
        typeInto((TextField) field(index, "level-label"), label);
        typeInto((TextField) field(index, "level-meaning"), label + " progress");
        ColorPicker picker = (ColorPicker) field(index, "level-colour");
        interact(() -> picker.setValue(Color.web(colour)));
    }

    private void press(int index, String styleClass) {
        Button button = (Button) field(index, styleClass);
        interact(button::fire);
    }

    private void typeInto(TextField field, String text) {
        targetWindow(field.getScene().getWindow());
        interact(field::requestFocus);
        waitUntil("the level field has the focus", field::isFocused);
        write(text);
        String typed = onFx(field::getText);
        assertThat(typed).isEqualTo(text);
    }
}
