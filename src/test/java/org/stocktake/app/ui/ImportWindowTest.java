package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.Review;
import org.testfx.framework.junit5.Start;

/** Importing a file through the window's menu: a clean file lands in a new review, a bad one writes nothing. */
class ImportWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void shortcutIImportsACleanCsvIntoANewReview() throws IOException {
        files.answer(copy("/imports/good.csv"));

        push(KeyCode.SHORTCUT, KeyCode.I);
        waitUntil("the import dialog opens", () -> showing("#import-new"));
        assertThat(files.asked()).containsExactly("Import recommendations");
        waitUntil(
                "the file is checked against the demo review", () -> !problems().isEmpty());
        assertThat(problems()).anyMatch(p -> p.contains("already exists in the review 'kerslake-2014'"));
        assertThat(importDisabled()).isTrue();

        clickOn("#import-new");
        // The title first: the summary names the code, so once it names the whole code the check saw both.
        clickOn("#import-new-title").write("Own list");
        clickOn("#import-new-code").write("panel-2015");
        waitUntil(
                "the file is clean for the new review",
                () -> text("#import-summary")
                                .equals("3 recommendation(s) ready to import into the new review panel-2015.")
                        && !importDisabled());
        assertThat(problems()).isEmpty();
        clickOn("#import-confirm");

        waitUntil("the dialog closes", () -> !showing("#import-new"));
        waitUntil("the new review is offered", () -> reviewChoices().contains("panel-2015"));
        waitUntil("the register shows both reviews", () -> countText().equals("14 recommendations"));
        assertThat(reviewChoices()).containsExactly(DEMO_REVIEW, "panel-2015");
        assertThat(statusText()).isEqualTo("Imported 3 recommendations into Own list.");

        Review review = context.recommendations().findReview("panel-2015").orElseThrow();
        assertThat(review.title()).isEqualTo("Own list");
        List<Recommendation> imported = context.recommendations().recommendations(review.id());
        assertThat(imported).extracting(Recommendation::number).containsExactly("1", "2a", "3");
        assertThat(imported)
                .extracting(Recommendation::title)
                .containsExactly("Independent panel, with challenge", "Budget plan to 2018/19", "Workforce plan");
        assertThat(storedDemo()).hasSize(DEMO_COUNT);
    }

    @Test
    void theNewReviewGetsTheTitleAsLastTypedEvenWhenImportIsPressedAtOnce() throws IOException {
        files.answer(copy("/imports/good.csv"));
        push(KeyCode.SHORTCUT, KeyCode.I);
        waitUntil("the import dialog opens", () -> showing("#import-new"));
        clickOn("#import-new");
        clickOn("#import-new-title").write("Own list");
        clickOn("#import-new-code").write("own-2015");
        waitUntil(
                "the file is clean for the new review",
                () -> text("#import-summary").endsWith("into the new review own-2015.") && !importDisabled());

        // The user finishes the title and presses Enter (Import is the default button) straight away.
        Node title = lookup("#import-new-title").query();
        interact(title::requestFocus);
        push(KeyCode.END);
        write(" 2015");
        push(KeyCode.ENTER);
        if (showing("#import-new")) {
            waitUntil("the title is checked", () -> !importDisabled());
            clickOn("#import-confirm");
        }

        waitUntil("the dialog closes", () -> !showing("#import-new"));
        assertThat(context.recommendations().findReview("own-2015").map(Review::title))
                .contains("Own list 2015");
    }

    @Test
    void aBadDateKeepsImportDisabledAndCancelWritesNothing() throws IOException {
        files.answer(copy("/imports/bad/bad-date.csv"));
        MenuItem importItem = menuItem("menu-import");

        // The menu item opens a modal dialog, so it is fired later on the FX thread rather than waited for.
        Platform.runLater(importItem::fire);
        waitUntil("the import dialog opens", () -> showing("#import-new"));
        clickOn("#import-new");
        clickOn("#import-new-title").write("Dates");
        clickOn("#import-new-code").write("dates-2015");
        waitUntil(
                "only the bad date is left",
                () -> problems().size() == 1 && problems().get(0).startsWith("Line 4"));

        assertThat(problems().get(0)).contains("31/13/2015").contains("not a date");
        assertThat(text("#import-summary")).startsWith("1 problem(s) found.");
        assertThat(importDisabled()).isTrue();

        clickOn("Cancel");
        waitUntil("the dialog closes", () -> !showing("#import-new"));
        assertThat(context.recommendations().reviews()).extracting(Review::code).containsExactly(DEMO_REVIEW);
        assertThat(context.recommendations().recommendations(null)).hasSize(DEMO_COUNT);
        assertThat(reviewChoices()).containsExactly(DEMO_REVIEW);
        assertThat(countText()).isEqualTo("11 recommendations");
    }

    private Path copy(String resource) throws IOException {
        Path file = folder.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(resource), resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    private List<String> problems() {
        return onFx(() -> lookup("#import-problems .import-problem").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList());
    }

    private boolean importDisabled() {
        return onFx(() -> lookup("#import-confirm").queryButton().isDisabled());
    }

    /** The review codes the register's review choice offers, without "All reviews". */
    private List<String> reviewChoices() {
        return onFx(() -> lookup("#review-choice").<Review>queryComboBox().getItems().stream()
                .filter(Objects::nonNull)
                .map(Review::code)
                .toList());
    }
}
