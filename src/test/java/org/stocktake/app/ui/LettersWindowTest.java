package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.Letter;
import org.testfx.framework.junit5.Start;

/** Drafting a letter from the real window: started from a template, typed into, saved by itself, commented on. */
class LettersWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aLetterStartedFromTheDialogIsTypedIntoAndSavedWithoutAskingAndCommentsAreResolved() {
        onFx(() -> {
            window.show(Area.LETTERS);
            return null;
        });
        waitUntil("the letters are shown", () -> showing("#new-letter"));
        Platform.runLater(() -> ((Button) lookup("#new-letter").query()).fire());
        waitUntil("the new letter dialog is shown", () -> showing("#new-letter-dialog"));
        TextField title = lookup("#new-letter-title").queryAs(TextField.class);
        interact(() -> {
            title.setText("Twelve-month assessment");
            lookup("#new-letter-date")
                    .queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(LocalDate.of(2016, 1, 11));
        });
        clickOn("OK");
        waitUntil(
                "the letter is open",
                () -> showing("#letter-editor") && !tasks.busyProperty().get());
        assertThat(lookup("#letter-to-name").queryAs(TextField.class).getText()).isEqualTo("The Rt Hon Greg Clark MP");

        clickOn("#add-part").clickOn("Paragraph");
        TextArea paragraph = onFx(() -> (TextArea) lookup(".block-text").queryAll().stream()
                .reduce((first, last) -> last)
                .orElseThrow());
        // A part just added has the caret and is scrolled into view, so typing goes straight into it.
        waitUntil("the new paragraph has the caret", paragraph::isFocused);
        write("The Panel is encouraged by the new leader's commitments.");
        waitUntil(
                "the letter is saved without being asked",
                () -> !window.lettersScreen().model().dirtyProperty().get()
                        && !tasks.busyProperty().get());
        Letter saved = context.letters().letters().stream()
                .filter(l -> l.title().equals("Twelve-month assessment"))
                .findFirst()
                .orElseThrow();
        assertThat(PlainLetter.text(saved.document()))
                .contains("The Panel is encouraged by the new leader's commitments.");
        assertThat(saved.title()).isEqualTo("Twelve-month assessment");

        interact(() -> window.lettersScreen().side().getSelectionModel().select(1));
        Platform.runLater(() -> ((Button) lookup("#comment-letter").query()).fire());
        waitUntil("the comment dialog is shown", () -> showing("#comment-text"));
        clickOn("#comment-text").write("Say which round this is.");
        clickOn("OK");
        waitUntil(
                "the comment is listed",
                () -> !context.drafts().comments(saved.id()).isEmpty()
                        && showing("#resolve-"
                                + context.drafts().comments(saved.id()).get(0).id()));
        clickOn("#resolve-" + context.drafts().comments(saved.id()).get(0).id());
        waitUntil(
                "the comment is resolved",
                () -> !context.drafts().comments(saved.id()).get(0).isOpen());
    }

    @Test
    void undoTakesBackAPartAddedAndTheLetterIsSavedAgain() {
        Letter letter =
                context.letters().create("Joint letter with the council", "Joint letter", LocalDate.of(2018, 3, 8));
        onFx(() -> {
            window.show(Area.LETTERS);
            return null;
        });
        waitUntil("the letter is listed", () -> letters().getItems().stream().anyMatch(l -> l.id() == letter.id()));
        interact(() -> letters().getItems().stream()
                .filter(l -> l.id() == letter.id())
                .findFirst()
                .ifPresent(l -> letters().getSelectionModel().select(l)));
        waitUntil("the letter is open", () -> showing("#letter-editor"));
        int parts = letter.document().body().size();

        clickOn("#add-part").clickOn("Heading");
        waitUntil(
                "the heading is saved",
                () -> context.letters().letter(letter.id()).document().body().size() == parts + 1);
        clickOn("#letter-undo");
        waitUntil(
                "the undo is saved",
                () -> context.letters().letter(letter.id()).document().body().size() == parts);
    }

    @SuppressWarnings("unchecked")
    private ListView<Letter> letters() {
        return window.lettersScreen().list();
    }
}
