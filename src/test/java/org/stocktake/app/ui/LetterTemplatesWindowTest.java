package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterTemplate;
import org.testfx.framework.junit5.Start;

/** The Templates window: a built-in template duplicated, a part of the copy changed and saved, a letter made from it. */
class LetterTemplatesWindowTest extends MainWindowTestBase {

    private static final String ASSESSMENT = "Assessment letter to the Secretary of State";
    private static final String EDIT = "Each quarter the Panel reports.";

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void aDuplicatedBuiltInTemplateIsEditedSavedAndStartsALetterWithTheEdit() {
        openTemplates();
        choose(ASSESSMENT);
        assertThat(onFx(() -> lookup("#template-save").queryAs(Button.class).isDisabled()))
                .isTrue();
        assertThat(onFx(() -> lookup("#template-name").query().isDisabled())).isTrue();

        clickOn("#template-duplicate");
        waitUntil("the name is asked", () -> showing("#template-copy-name"));
        interact(() -> lookup("#template-copy-name").queryAs(TextField.class).setText("Quarterly assessment"));
        clickOn("OK");
        waitUntil("the copy is open", () -> open() != null && open().name().equals("Quarterly assessment"));
        TextArea part = onFx(() -> (TextArea) lookup("#template-editor .block-text").queryAll().stream()
                .filter(n -> ((TextArea) n).getText().startsWith("During the next three months"))
                .findFirst()
                .orElseThrow());
        // Typed where the caret is, as a person does after clicking in the part (the window takes the keys once
        // clicked in; the part may lie below the fold).
        clickOn("#template-name");
        interact(() -> {
            part.setText("");
            part.requestFocus();
        });
        waitUntil("the part has the caret", part::isFocused);
        write(EDIT);
        clickOn("#template-save");
        waitUntil("the template is saved", () -> PlainLetter.text(context.templates()
                        .template("Quarterly assessment")
                        .content()
                        .document())
                .contains(EDIT));
        assertThat(context.templates().template(ASSESSMENT).content().document().body())
                .noneMatch(b -> b.plainText().contains(EDIT));
        clickOn("#templates-close");
        waitUntil("the templates window is closed", () -> !showing("#templates-dialog"));

        Platform.runLater(() -> ((Button) lookup("#new-letter").query()).fire());
        waitUntil("the new letter dialog is shown", () -> showing("#new-letter-dialog"));
        interact(() -> {
            ComboBox<LetterTemplate> template = lookup("#new-letter-template").queryAs(ComboBox.class);
            template.getItems().stream()
                    .filter(t -> t.name().equals("Quarterly assessment"))
                    .findFirst()
                    .ifPresent(template::setValue);
            lookup("#new-letter-title").queryAs(TextField.class).setText("Quarterly, July");
        });
        clickOn("OK");
        waitUntil("the letter is made", () -> context.letters().letters().stream()
                .anyMatch(l -> l.title().equals("Quarterly, July")));
        Letter made = context.letters().letters().stream()
                .filter(l -> l.title().equals("Quarterly, July"))
                .findFirst()
                .orElseThrow();
        assertThat(PlainLetter.text(made.document())).contains(EDIT);
        assertThat(made.templateName()).isEqualTo("Quarterly assessment");
    }

    @Test
    void unsavedChangesAreAskedAboutAndATemplateDeletedElsewhereKeepsWhatWasTyped() {
        LetterTemplate own =
                context.templates().duplicate(context.templates().template("Press release"), "Our release");
        openTemplates();
        choose("Our release");
        interact(() -> lookup("#template-subject").queryAs(TextField.class).setText("Stepping back"));

        clickOn("#templates-close");
        waitUntil("the person is asked", () -> showing("#template-unsaved-dialog"));
        clickOn("Cancel");
        assertThat(showing("#templates-dialog")).isTrue();

        interact(() -> lookup("#template-name").queryAs(TextField.class).setText(" \u0007 "));
        clickOn("#template-save");
        // A text field keeps no control character: what is left is blank.
        waitUntil("the name is refused", () -> status().equals("A template's name cannot be empty."));
        interact(() -> lookup("#template-name").queryAs(TextField.class).setText("Our release"));
        context.templates().delete(own);
        clickOn("#template-save");
        waitUntil("the deletion is told", () -> status().contains("deleted elsewhere"));
        assertThat(onFx(() ->
                        lookup("#template-subject").queryAs(TextField.class).getText()))
                .isEqualTo("Stepping back");

        clickOn("#template-duplicate");
        waitUntil("the name is asked", () -> showing("#template-copy-name"));
        interact(() -> lookup("#template-copy-name").queryAs(TextField.class).setText("Our release, kept"));
        clickOn("OK");
        waitUntil("the copy is open", () -> open() != null && open().name().equals("Our release, kept"));
        assertThat(context.templates()
                        .template("Our release, kept")
                        .content()
                        .document()
                        .subject())
                .isEqualTo("Stepping back");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("the templates window is closed", () -> !showing("#templates-dialog"));
    }

    private void openTemplates() {
        onFx(() -> {
            window.show(Area.LETTERS);
            return null;
        });
        waitUntil("the letters are shown", () -> showing("#letter-templates"));
        Platform.runLater(() -> ((Button) lookup("#letter-templates").query()).fire());
        waitUntil("the templates window is shown", () -> showing("#templates-dialog"));
    }

    private void choose(String name) {
        interact(() -> {
            ListView<LetterTemplate> list = lookup("#templates-list").queryAs(ListView.class);
            list.getItems().stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .ifPresent(t -> list.getSelectionModel().select(t));
        });
        waitUntil("the template is open", () -> open() != null && open().name().equals(name));
    }

    private LetterTemplate open() {
        return onFx(() -> {
            ListView<LetterTemplate> list = lookup("#templates-list").queryAs(ListView.class);
            LetterTemplate selected = list.getSelectionModel().getSelectedItem();
            Node name = lookup("#template-name").query();
            return selected != null && ((TextField) name).getText().equals(selected.name()) ? selected : null;
        });
    }

    private String status() {
        return onFx(() -> lookup("#templates-status").queryAs(Label.class).getText());
    }
}
