package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stocktake.evidence.SeedLetters;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.ui.EvidenceViewModel;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.LayoutCase;
import org.stocktake.testing.LayoutInspector;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence library and the correspondence register in the smallest and a large window, light and dark: a document
 * open with its guessed fields, search results, the summary of an add with refused files, and the letters. Nothing a
 * person reads may be cut, nothing may lie outside the window. Screenshots are left in {@code target/layout}.
 */
class EvidenceLayoutTest extends MainWindowTestBase {

    private static final Path SHOTS = Path.of("target", "layout");

    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
        Path letters = SeedLetters.copyTo(folder.resolve("letters"));
        Files.write(
                letters.resolve("minutes.pdf"),
                org.stocktake.evidence.text.SampleFiles.pdf(
                        "Minutes of the panel's meeting", "Budget and savings", "Next steps"));
        context.evidenceImporter().add(List.of(letters), AddOptions.NONE, Progress.NONE);
        // Several notes on each document, the first bearing on two recommendations, so the notes pane is laid out
        // full, with its links, beside the fields and the reader.
        long five = stored("5").orElseThrow().id();
        long one = stored("1").orElseThrow().id();
        String[] notes = {
            "The panel should quote this passage in its next letter to the minister.",
            "Check against the council's own figures.",
            "Ask the chief executive what has changed since this was written, and by when the rest will follow.",
            "Agreed at the panel's meeting."
        };
        for (EvidenceItem item : context.evidence().items()) {
            List<String> pages = context.evidence().pages(item.id());
            if (!pages.isEmpty() && pages.get(0).length() >= 20 * notes.length) {
                for (int i = 0; i < notes.length; i++) {
                    long note = context.annotations()
                            .add(item.id(), 1, 20 * i, 20 * i + 20, notes[i])
                            .id();
                    if (i == 0) {
                        context.noteLinks().link(note, five);
                        context.noteLinks().link(note, one);
                    }
                }
            }
        }
    }

    @AfterAll
    static void backToTheLightTheme() {
        Platform.runLater(LayoutCase.SMALL_LIGHT::applyTheme);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest
    @EnumSource(LayoutCase.class)
    void everyEvidenceScreenFits(LayoutCase layout) throws Exception {
        Stage stage = window.stage();
        interact(() -> {
            layout.applyTheme();
            stage.setWidth(layout.width);
            stage.setHeight(layout.height);
        });
        waitUntil("the window takes the case's size", () -> stage.getScene().getWidth() == layout.width);
        if (context.evidence().items().stream().noneMatch(i -> i.fileName().equals("whiteboard.png"))) {
            // Added here, off the FX thread, as its text is read by OCR.
            Path picture = folder.resolve("whiteboard.png");
            Files.write(picture, org.stocktake.evidence.text.SampleFiles.png("Budget review progress"));
            context.evidenceImporter().add(List.of(picture), AddOptions.NONE, Progress.NONE);
        }

        show(Area.EVIDENCE);
        waitUntil(
                "the letters are listed",
                () -> library().getItems().size() == 7 && !tasks.busyProperty().get());
        int minutes = onFx(() -> {
            for (int i = 0; i < library().getItems().size(); i++) {
                if (library().getItems().get(i).fileName().equals("minutes.pdf")) {
                    return i;
                }
            }
            return -1;
        });
        interact(() -> library().getSelectionModel().select(minutes));
        waitUntil(
                "the minutes are open",
                () -> !model().pages().isEmpty() && !tasks.busyProperty().get());
        interact(() -> ((javafx.scene.control.ToggleButton)
                        window.evidenceScreen().view().lookup("#evidence-show-pages"))
                .setSelected(true));
        waitUntil("the pages are drawn", () -> {
            var view = window.evidenceScreen().view().lookup("#evidence-page-images");
            return view != null
                    && view.lookupAll(".image-view").stream()
                            .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null);
        });
        inspect("evidence-pages", layout, stage.getScene());
        tallEnough("evidence-pages", "#evidence-page-images", layout);
        Platform.runLater(() -> {
            var field = window.evidenceScreen().view().lookup("#evidence-page-images");
            field.requestFocus();
            field.fireEvent(new javafx.scene.input.KeyEvent(
                    javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "",
                    "",
                    javafx.scene.input.KeyCode.F,
                    false,
                    true,
                    false,
                    false));
        });
        waitUntil("the find bar is shown", () -> showing("#evidence-find"));
        interact(() -> ((javafx.scene.control.TextField)
                        window.evidenceScreen().view().lookup("#evidence-find-field"))
                .setText("budget"));
        inspect("evidence-pages-find", layout, stage.getScene());
        tallEnough("evidence-pages-find", "#evidence-page-images", layout);
        int picture = onFx(() -> {
            for (int i = 0; i < library().getItems().size(); i++) {
                if (library().getItems().get(i).fileName().equals("whiteboard.png")) {
                    return i;
                }
            }
            return -1;
        });
        interact(() -> library().getSelectionModel().select(picture));
        waitUntil("the picture is drawn as its page", () -> {
            var view = window.evidenceScreen().view().lookup("#evidence-page-images");
            return view != null
                    && view.lookupAll(".list-cell").stream()
                            .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell
                                    && Integer.valueOf(1).equals(cell.getItem()))
                            .flatMap(c -> c.lookupAll(".image-view").stream())
                            .anyMatch(n -> ((javafx.scene.image.ImageView) n).getImage() != null
                                    && ((javafx.scene.image.ImageView) n)
                                                    .getImage()
                                                    .getHeight()
                                            < 400);
        });
        // The longest note the pages show, as where OCR is not installed.
        interact(() -> ((javafx.scene.control.Label)
                        window.evidenceScreen().view().lookup("#evidence-pages-note"))
                .setText("Find cannot mark words on this picture: install tesseract (text recognition) to have them"
                        + " marked."));
        inspect("evidence-picture", layout, stage.getScene());
        tallEnough("evidence-picture", "#evidence-page-images", layout);
        interact(() -> ((javafx.scene.control.ToggleButton)
                        window.evidenceScreen().view().lookup("#evidence-show-text"))
                .setSelected(true));
        EvidenceItem letter = onFx(() -> library().getItems().get(0));
        interact(() -> library().getSelectionModel().select(0));
        waitUntil(
                "the letter is open",
                () -> !model().pages().isEmpty() && !tasks.busyProperty().get());
        inspect("evidence-document", layout, stage.getScene());
        tallEnough("evidence-document", "#evidence-text", layout);

        interact(() -> {
            var area = (org.fxmisc.richtext.StyleClassedTextArea)
                    window.evidenceScreen().view().lookup("#evidence-text-area");
            area.selectRange(20, 60);
        });
        Platform.runLater(() ->
                ((javafx.scene.control.Button) window.evidenceScreen().view().lookup("#evidence-annotate")).fire());
        waitUntil("the note dialog is shown", () -> showing("#note-dialog"));
        Window noteDialog = onFx(() -> lookup("#note-dialog").query().getScene().getWindow());
        inspect("evidence-note-dialog", layout, onFx(noteDialog::getScene));
        interact(noteDialog::hide);
        Platform.runLater(() ->
                ((javafx.scene.control.Button) window.evidenceScreen().view().lookup("#evidence-link")).fire());
        waitUntil("the link dialog is shown", () -> showing("#link-dialog"));
        Window linkDialog = onFx(() -> lookup("#link-dialog").query().getScene().getWindow());
        inspect("evidence-link-dialog", layout, onFx(linkDialog::getScene));
        interact(linkDialog::hide);

        interact(() -> {
            model().queryProperty().set("financial strategy");
            model().search();
        });
        waitUntil(
                "results are listed",
                () -> !results().getItems().isEmpty() && !tasks.busyProperty().get());
        interact(() -> results().getSelectionModel().select(0));
        waitUntil("the result is open", () -> !tasks.busyProperty().get());
        inspect("evidence-search", layout, stage.getScene());
        interact(() -> {
            ((javafx.scene.control.ToggleButton) window.evidenceScreen().view().lookup("#evidence-filters"))
                    .setSelected(true);
            model().queryProperty().set("");
            model().personProperty().set("Sajid Javid");
            model().search();
        });
        waitUntil(
                "the filter is applied",
                () -> results().getItems().size() == 1 && !tasks.busyProperty().get());
        inspect("evidence-filters", layout, stage.getScene());
        interact(() -> {
            model().personProperty().set("");
            ((javafx.scene.control.ToggleButton) window.evidenceScreen().view().lookup("#evidence-filters"))
                    .setSelected(false);
            model().queryProperty().set("");
        });

        Path bad = Files.createDirectories(folder.resolve("bad-" + layout.label()));
        Files.writeString(bad.resolve("a-rather-long-file-name-for-the-minutes-of-the-meeting.pdf"), "not a pdf");
        Files.write(bad.resolve("empty.docx"), new byte[0]);
        Files.copy(SeedLetters.folder().resolve("003_0bef27ffd5c4b2d2.txt"), bad.resolve("again.txt"));
        interact(() -> window.evidenceScreen().add(List.of(bad)));
        waitUntil("the summary is shown", () -> showing("#evidence-add-summary"));
        Window summary =
                onFx(() -> lookup("#evidence-add-summary").query().getScene().getWindow());
        inspect("evidence-add-summary", layout, onFx(summary::getScene));
        interact(summary::hide);

        show(Area.CORRESPONDENCE);
        waitUntil(
                "the letters are listed",
                () -> showing("#correspondence-table") && !tasks.busyProperty().get());
        inspect("correspondence", layout, stage.getScene());

        assertThat(letter.title()).isNotBlank();
        assertThat(problems).as("what is cut, outside or squashed").isEmpty();
    }

    /** The reader keeps room to read in, inside the window, whatever the fields and notes take. */
    private void tallEnough(String screen, String reader, LayoutCase layout) {
        double height = onFx(() -> {
            Node node = window.evidenceScreen().view().lookup(reader);
            Bounds b = node.localToScene(node.getLayoutBounds());
            return Math.min(b.getMaxY(), node.getScene().getHeight()) - Math.max(b.getMinY(), 0);
        });
        if (height < 170) {
            problems.add(
                    screen + " at " + layout.label() + ": the reader has only " + (int) height + " px in the window");
        }
    }

    private void show(Area area) {
        onFx(() -> {
            window.show(area);
            return null;
        });
    }

    private void inspect(String screen, LayoutCase layout, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            lookup("#status-bar").tryQuery().ifPresent(bar -> bar.getStyleClass()
                    .add(LayoutInspector.ELIDES));
            LayoutInspector.problems(scene).forEach(p -> problems.add(screen + " at " + layout.label() + ": " + p));
            LayoutInspector.screenshot(scene, SHOTS.resolve(screen + "-" + layout.label() + ".png"));
            return null;
        });
    }

    private EvidenceViewModel model() {
        return window.evidenceScreen().model();
    }

    @SuppressWarnings("unchecked")
    private TableView<EvidenceItem> library() {
        return window.evidenceScreen().library();
    }

    private ListView<?> results() {
        return window.evidenceScreen().searchResults();
    }
}
