package org.stocktake.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.Ocr;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.shared.task.Progress;
import org.testfx.framework.junit5.Start;

/** A picture in the library opens as its page, and find marks the word on the picture itself. */
class EvidencePictureFindTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void findMarksAWordOnAPicture() throws Exception {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        // Added here, off the FX thread: reading the picture's text by OCR takes seconds.
        Path file = folder.resolve("whiteboard.png");
        Files.write(file, SampleFiles.png("Budget review progress"));
        context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        onFx(() -> {
            window.show(Area.EVIDENCE);
            return null;
        });
        waitUntil(
                "the picture is listed",
                () -> library().getItems().size() == 1 && !tasks.busyProperty().get());
        interact(() -> library().getSelectionModel().select(0));
        waitUntil("the picture is shown as its page", () -> pageCells().stream()
                .flatMap(cell -> cell.lookupAll(".image-view").stream())
                .anyMatch(view -> ((ImageView) view).getImage() != null));
        assertThat(onFx(() ->
                        ((ToggleButton) window.evidenceScreen().view().lookup("#evidence-show-pages")).isSelected()))
                .as("a picture opens on its page")
                .isTrue();

        push(KeyCode.SHORTCUT, KeyCode.F);
        waitUntil("the find bar is open", () -> showing("#evidence-find"));
        write("review");

        waitUntil("the word is found", () -> "1 of 1".equals(text("#evidence-find-count")));
        waitUntil("the word is marked on the picture", () -> marks() == 1);
        // To look at: the picture with its mark, as drawn in this run's window.
        onFx(() -> {
            org.stocktake.testing.LayoutInspector.screenshot(
                    window.stage().getScene(), Path.of("target", "screenshots", "evidence-picture-find.png"));
            return null;
        });
    }

    private long marks() {
        return pageCells().stream()
                .flatMap(cell -> cell.lookupAll(".find-marks").stream())
                .flatMap(layer -> ((javafx.scene.Parent) layer).getChildrenUnmodifiable().stream())
                .filter(mark -> mark.getStyleClass().contains("find-mark")
                        || mark.getStyleClass().contains("find-mark-current"))
                .count();
    }

    private List<ListCell<?>> pageCells() {
        Node view = window.evidenceScreen().view().lookup("#evidence-page-images");
        return view == null
                ? List.of()
                : view.lookupAll(".list-cell").stream()
                        .filter(ListCell.class::isInstance)
                        .<ListCell<?>>map(n -> (ListCell<?>) n)
                        .filter(cell -> !cell.isEmpty() && cell.isVisible())
                        .toList();
    }

    private TableView<EvidenceItem> library() {
        return window.evidenceScreen().library();
    }
}
