package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.service.Letter;
import org.stocktake.shared.Actor;
import org.stocktake.signing.pdf.VerificationReport;
import org.stocktake.signing.service.CertificateRequest;
import org.stocktake.signing.service.KeyKind;
import org.testfx.framework.junit5.Start;

/**
 * The chair's assessment letter from the real window: a round's summary inserted from the data, exported signed with
 * the chair's key, checked and issued.
 */
class LetterSendingWindowTest extends MainWindowTestBase {

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void theChairInsertsARoundSummaryExportsSignsChecksAndIssues() throws Exception {
        Path keystore = out.resolve("chair.p12");
        context.signing()
                .createSelfSigned(
                        new Actor("chair"),
                        new CertificateRequest("John Crabtree", null, null, 2, KeyKind.EC_P256),
                        keystore,
                        "secret".toCharArray());
        Letter letter = context.letters().letters().stream()
                .filter(l -> l.title().startsWith("Twelve-month"))
                .findFirst()
                .orElseThrow();
        int parts = letter.document().body().size();
        onFx(() -> {
            window.show(Area.LETTERS);
            return null;
        });
        waitUntil("the letters are listed", () -> letters().getItems().size() >= 2);
        interact(() -> letters().getItems().stream()
                .filter(l -> l.id() == letter.id())
                .findFirst()
                .ifPresent(l -> letters().getSelectionModel().select(l)));
        waitUntil(
                "the letter is open",
                () -> showing("#letter-editor") && !tasks.busyProperty().get());

        clickOn("#insert-menu").clickOn("#insert-round-summary");
        waitUntil("the rounds are offered", () -> showing("#insert-choice"));
        clickOn("OK");
        waitUntil(
                "the summary is inserted and saved",
                () -> context.letters().letter(letter.id()).document().body().size() > parts
                        && !tasks.busyProperty().get());
        assertThat(context.letters().letter(letter.id()).document().body())
                .anyMatch(block -> block.origin() != null && block instanceof Block.Heading);

        interact(() -> side().getSelectionModel().select(3));
        interact(() -> {
            lookup("#send-keystore").queryAs(TextField.class).setText(keystore.toString());
            lookup("#send-password").queryAs(PasswordField.class).setText("secret");
            // Nothing listens there: the letter is signed without a time-stamp, and the window says so.
            lookup("#send-tsa").queryAs(TextField.class).setText("http://127.0.0.1:9/");
        });
        Path signed = out.resolve("signed.pdf");
        files.answer(signed);
        Platform.runLater(
                () -> lookup("#send-export-signed").queryAs(Button.class).fire());
        waitUntil(
                "the signed letter is written",
                () -> Files.exists(signed) && !tasks.busyProperty().get());
        assertThat(lookup("#letters-status")
                        .queryAs(javafx.scene.control.Label.class)
                        .getText())
                .contains("signed without a time-stamp");
        VerificationReport report = context.signing().verify(Files.readAllBytes(signed), "signed.pdf");
        assertThat(report.allHold()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.signer())
                .isEqualTo("John Crabtree"));

        Platform.runLater(() -> lookup("#send-check").queryAs(Button.class).fire());
        waitUntil(
                "the check has run",
                () -> !tasks.busyProperty().get()
                        && !lookup("#send-issue").queryAs(Button.class).isDisabled());
        assertThat(refusals().getItems()).isEmpty();
        Platform.runLater(() -> lookup("#send-issue").queryAs(Button.class).fire());
        waitUntil(
                "the letter is issued",
                () -> !context.letters().letter(letter.id()).isDraft());
        assertThat(context.evidence()
                        .item(context.letters().letter(letter.id()).evidenceId())
                        .title())
                .isEqualTo(letter.document().subject());
    }

    @SuppressWarnings("unchecked")
    private ListView<Letter> letters() {
        return window.lettersScreen().list();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> refusals() {
        return (ListView<String>) window.lettersScreen().view().lookup("#send-refusals");
    }

    private TabPane side() {
        return window.lettersScreen().side();
    }
}
