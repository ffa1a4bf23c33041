package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.CitedEvidence;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.Annotation;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.ui.EvidenceViewModel;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.task.Progress;
import org.testfx.framework.junit5.Start;

/**
 * A note linked to a recommendation from the notes pane and found from the register, and evidence cited in an
 * assessment from under the grid, each opening the document at its page: from the real window over a real workspace.
 */
class LinkAndCiteWindowTest extends MainWindowTestBase {

    private EvidenceItem report;
    private Annotation note;

    @Start
    void start(Stage stage) throws IOException {
        openWindow(stage);
        Path file = Files.writeString(
                folder.resolve("progress.txt"),
                "Progress report to the panel.\fThe budget gap is closed.\fNext steps for the council.");
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        report = context.evidence().items().get(0);
        note = context.annotations().add(report.id(), 2, 0, "The budget gap".length(), "Closed at last");
    }

    @Test
    void aNoteLinkedFromTheNotesPaneOpensFromTheRegisterAtItsPageAndUnlinks() {
        interact(() -> {
            window.stage().setWidth(1440);
            window.stage().setHeight(900);
        });
        showEvidence();
        interact(() -> model().open(report));
        waitUntil(
                "the note is listed",
                () -> model().annotations().size() == 1 && !tasks.busyProperty().get());

        MenuButton menu = noteMenu();
        interact(menu::show);
        // Through the event queue: the item opens a dialog, which waits for the person.
        MenuItem linkItem = onFx(() -> item(menu, "note-link"));
        Platform.runLater(linkItem::fire);
        waitUntil("the recommendations are offered", () -> showing("#link-dialog"));
        interact(() -> ok("#link-dialog"));
        waitUntil("the note is linked", () -> !context.noteLinks().of(note.id()).isEmpty());
        waitUntil("the note says what it bears on", () -> onFx(() -> bearsOn().getText())
                .startsWith("Bears on: "));
        long linked = context.noteLinks().of(note.id()).iterator().next();
        Recommendation recommendation = context.recommendations().recommendations(null).stream()
                .filter(r -> r.id() == linked)
                .findFirst()
                .orElseThrow();

        interact(() -> {
            window.show(Area.RECOMMENDATIONS);
            window.register().model().selectedProperty().set(recommendation);
        });
        waitUntil("the register's detail lists the note", () -> noteLink().isPresent());
        assertThat(noteLink().orElseThrow().getText()).startsWith("Note: \u201cClosed at last\u201d in ");
        interact(() -> noteLink().orElseThrow().fire());
        waitUntil(
                "the document opens at the note's page",
                () -> showing("#evidence-view")
                        && model().openProperty().get() != null
                        && model().openProperty().get().id() == report.id()
                        && model().pageProperty().get() == 2);

        waitUntil(
                "the note is listed again",
                () -> model().annotations().size() == 1 && !tasks.busyProperty().get());
        MenuButton again = noteMenu();
        interact(again::show);
        interact(() -> item(again, "note-unlink").fire());
        waitUntil(
                "the note is unlinked", () -> context.noteLinks().of(note.id()).isEmpty());
        assertThat(context.audit().verify().intact()).isTrue();
    }

    @Test
    void evidenceCitedUnderTheGridOpensTheDocumentAtItsPage() {
        interact(() -> window.show(Area.ASSESSMENTS));
        waitUntil(
                "the March round is shown",
                () -> !tasks.busyProperty().get()
                        && grid().roundProperty().get() != null
                        && grid().roundProperty().get().title().equals("March assessment"));
        AssessmentRound march = onFx(() -> grid().roundProperty().get());
        Assessment five = onFx(() -> grid().rows().stream()
                .filter(a -> a.number().equals("5"))
                .findFirst()
                .orElseThrow());
        interact(() -> grid().selectedProperty().set(five));
        waitUntil("the citations are shown", () -> showing("#citation-bar"));

        Button cite = onFx(() -> (Button) window.assessmentScreen().view().lookup("#cite-evidence"));
        Platform.runLater(cite::fire);
        waitUntil("the picker is shown", () -> showing("#cite-dialog"));
        retype("#cite-search", "budget");
        push(javafx.scene.input.KeyCode.ENTER);
        waitUntil(
                "the report is found",
                () -> !tasks.busyProperty().get() && results().getItems().size() == 1);
        interact(() -> results().getSelectionModel().select(0));
        assertThat(onFx(() -> page().getValue()))
                .as("the page the words were found on")
                .isEqualTo(2);
        interact(() -> ok("#cite-dialog"));

        waitUntil("the citation is shown", () -> citationLink().isPresent());
        assertThat(citationLink().orElseThrow().getText()).endsWith(", p. 2");
        List<CitedEvidence> stored = context.citations().of(march.id(), five.recommendationUuid());
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.itemId()).isEqualTo(report.id());
            assertThat(c.citation().page()).isEqualTo(2);
        });

        interact(() -> citationLink().orElseThrow().fire());
        waitUntil(
                "the document opens at the cited page",
                () -> showing("#evidence-view")
                        && model().openProperty().get() != null
                        && model().openProperty().get().id() == report.id()
                        && model().pageProperty().get() == 2);
        assertThat(context.audit().verify().intact()).isTrue();
    }

    private org.stocktake.assessments.ui.AssessmentGridViewModel grid() {
        return window.assessmentScreen().model();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> results() {
        return (ListView<Object>) lookup("#cite-results").query();
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> page() {
        return (Spinner<Integer>) lookup("#cite-page").query();
    }

    private Optional<Hyperlink> citationLink() {
        Node links = window.assessmentScreen().view().lookup("#citation-links");
        return links == null
                ? Optional.empty()
                : links.lookupAll(".citation-link").stream()
                        .map(Hyperlink.class::cast)
                        .findFirst();
    }

    private Optional<Hyperlink> noteLink() {
        if (!(window.register().view().lookup("#detail-evidence") instanceof Parent box)) {
            return Optional.empty();
        }
        return box.getChildrenUnmodifiable().stream()
                .filter(Hyperlink.class::isInstance)
                .map(Hyperlink.class::cast)
                .filter(link -> link.getText().startsWith("Note:"))
                .findFirst();
    }

    private MenuButton noteMenu() {
        waitUntil(
                "the note's menu is drawn", () -> window.evidenceScreen().view().lookup("#note-links") != null);
        return onFx(() -> (MenuButton) window.evidenceScreen().view().lookup("#note-links"));
    }

    private Label bearsOn() {
        return (Label) window.evidenceScreen().view().lookup("#note-bears-on");
    }

    private static MenuItem item(MenuButton menu, String id) {
        return menu.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void ok(String dialog) {
        DialogPane pane = (DialogPane) lookup(dialog).query();
        ((Button) pane.lookupButton(ButtonType.OK)).fire();
    }

    private void showEvidence() {
        interact(() -> window.show(Area.EVIDENCE));
        waitUntil(
                "the library is shown",
                () -> showing("#evidence-table") && !tasks.busyProperty().get());
    }

    private EvidenceViewModel model() {
        return window.evidenceScreen().model();
    }
}
