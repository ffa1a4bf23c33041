package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.SeedLetters;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.ui.EvidenceViewModel;
import org.stocktake.evidence.ui.SearchRow;
import org.testfx.framework.junit5.Start;

/** The evidence library driven as a person does: add a folder, search, open a result at its page, correct a guess. */
class EvidenceWindowTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void addAFolderSearchItOpenAResultAtItsPageAndConfirmTheGuesses() {
        Path seeds = SeedLetters.copyTo(folder.resolve("letters"));
        showEvidence();

        files.answer(seeds);
        press("#evidence-add-folder");
        waitUntil("the summary is shown", () -> showing("#evidence-add-summary"));
        waitUntil("the library says what was added", () -> "Added 5 documents."
                .equals(model().messageProperty().get()));
        interact(() ->
                lookup("#evidence-add-summary").query().getScene().getWindow().hide());
        waitUntil("the five letters are listed", () -> library().getItems().size() == 5);

        retype("#evidence-search", "Progressive Assurance");
        push(KeyCode.ENTER);
        waitUntil(
                "results are shown",
                () -> !results().getItems().isEmpty() && !tasks.busyProperty().get());
        interact(() -> results().getSelectionModel().select(0));
        waitUntil(
                "the result's document is open",
                () -> model().openProperty().get() != null && !model().pages().isEmpty());
        EvidenceItem open = onFx(() -> model().openProperty().get());
        int page = onFx(() -> results().getItems().get(0).hit().page());
        assertThat(open.id())
                .isEqualTo(onFx(() -> results().getItems().get(0).item().id()));
        assertThat(onFx(() -> model().pageProperty().get())).isEqualTo(page);
        assertThat(onFx(() -> model().marked())).anyMatch(word -> word.equalsIgnoreCase("Progressive"));
        assertThat(text("#evidence-heading")).isEqualTo(open.title());
        assertThat(open.guessed()).isNotEmpty();

        retype("#evidence-title", "Reply endorsing the New Model of Progressive Assurance");
        press("#evidence-save");
        waitUntil(
                "the edit is saved",
                () -> model().openProperty().get().guessed().isEmpty());
        assertThat(context.evidence().item(open.id()).title())
                .isEqualTo("Reply endorsing the New Model of Progressive Assurance");
        assertThat(text("#evidence-guesses")).isEqualTo("All fields checked by a person.");

        StyleClassedTextArea area =
                onFx(() -> (StyleClassedTextArea) window.evidenceScreen().view().lookup("#evidence-text-area"));
        int at = onFx(() -> area.getText().indexOf("Progressive Assurance"));
        assertThat(at).as("the page's text is shown").isPositive();
        interact(() -> area.selectRange(at, at + "Progressive Assurance".length()));
        press("#evidence-annotate");
        waitUntil("the note is asked for", () -> showing("#note-text"));
        retype("#note-text", "Endorsed: quote this in the next letter");
        interact(() -> {
            javafx.scene.control.DialogPane pane =
                    (javafx.scene.control.DialogPane) lookup("#note-dialog").query();
            ((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        waitUntil("the note is listed", () -> model().annotations().size() == 1);
        var note = onFx(() -> model().annotations().get(0));
        assertThat(note.annotation().quote()).isEqualTo("Progressive Assurance");
        assertThat(note.annotation().note()).isEqualTo("Endorsed: quote this in the next letter");
        assertThat(note.page()).isEqualTo(page);
        assertThat(context.annotations().of(open.id())).hasSize(1);

        press("#evidence-link");
        waitUntil("the recommendations are offered", () -> showing("#link-dialog"));
        interact(() -> {
            javafx.scene.control.DialogPane pane =
                    (javafx.scene.control.DialogPane) lookup("#link-dialog").query();
            ((Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        waitUntil("the link is shown", () -> model().links().size() == 1);
        assertThat(text("#evidence-links")).startsWith("Bears on: kerslake-2014 ");
        assertThat(context.evidence().links().get(open.id())).hasSize(1);

        long linked = context.evidence().links().get(open.id()).iterator().next();
        var recommendation = context.recommendations().recommendations(null).stream()
                .filter(r -> r.id() == linked)
                .findFirst()
                .orElseThrow();
        onFx(() -> {
            window.show(Area.RECOMMENDATIONS);
            window.register().model().selectedProperty().set(recommendation);
            return null;
        });
        waitUntil("the register's detail names the document", () -> evidenceLink()
                .map(link -> link.getText().startsWith("Reply endorsing the New Model of Progressive Assurance"))
                .orElse(false));
        interact(() -> evidenceLink().orElseThrow().fire());
        waitUntil(
                "the document opens in the library",
                () -> showing("#evidence-view")
                        && model().openProperty().get() != null
                        && model().openProperty().get().id() == open.id());
    }

    /** The first document named in the register's detail. */
    private java.util.Optional<javafx.scene.control.Hyperlink> evidenceLink() {
        if (!(window.register().view().lookup("#detail-evidence") instanceof javafx.scene.Parent box)) {
            return java.util.Optional.empty();
        }
        return box.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.control.Hyperlink.class::isInstance)
                .map(javafx.scene.control.Hyperlink.class::cast)
                .findFirst();
    }

    private void showEvidence() {
        onFx(() -> {
            window.show(Area.EVIDENCE);
            return null;
        });
        waitUntil(
                "the library is shown",
                () -> showing("#evidence-table") && !tasks.busyProperty().get());
    }

    private void press(String button) {
        Button pressed = onFx(() -> (Button) window.evidenceScreen().view().lookup(button));
        Platform.runLater(pressed::fire);
    }

    private EvidenceViewModel model() {
        return window.evidenceScreen().model();
    }

    @SuppressWarnings("unchecked")
    private TableView<EvidenceItem> library() {
        return window.evidenceScreen().library();
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchRow> results() {
        return window.evidenceScreen().searchResults();
    }
}
