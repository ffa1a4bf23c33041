package org.stocktake.letters.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterPdf;
import org.stocktake.letters.typeset.LetterPreview;
import org.stocktake.letters.typeset.TypesetLetter;
import org.stocktake.shared.task.TaskRunner;

/**
 * The open letter's pages as they will print, typeset again from what is in the editor each time the letter is saved
 * and each time the preview is shown.
 */
final class PreviewPane extends ScrollPane {

    private static final float DPI = 90;
    private static final int MOST_PAGES = 30;

    private final LettersViewModel letters;
    private final LetterPdf pdfs;
    private final TaskRunner tasks;
    private final VBox pages = new VBox(12);
    private final Label note = new Label();

    PreviewPane(LettersViewModel letters, LetterPdf pdfs, TaskRunner tasks) {
        this.letters = letters;
        this.pdfs = pdfs;
        this.tasks = tasks;
        setId("letter-preview");
        setFitToWidth(true);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.getStyleClass().add("letter-preview-pages");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        setContent(pages);
    }

    /** Typesets the letter as the editor holds it and shows its pages. */
    void refresh() {
        Letter letter = letters.openProperty().get();
        if (letter == null) {
            pages.getChildren().setAll(note);
            note.setText("No letter is open.");
            return;
        }
        String title = letters.editor().title.get();
        LetterDocument document;
        try {
            document = letters.editor().document();
        } catch (RuntimeException e) {
            letters.failed(e);
            return;
        }
        tasks.run(
                "Typesetting the preview",
                progress -> {
                    TypesetLetter typeset = pdfs.preview(letter, title, document);
                    List<LetterPreview.Pixels> drawn = new ArrayList<>();
                    for (int page = 0; page < Math.min(typeset.pageCount(), MOST_PAGES); page++) {
                        drawn.add(LetterPreview.page(typeset.pdf(), page, DPI));
                    }
                    return drawn;
                },
                this::show,
                letters::failed);
    }

    private void show(List<LetterPreview.Pixels> drawn) {
        pages.getChildren().clear();
        for (LetterPreview.Pixels page : drawn) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter()
                    .setPixels(
                            0,
                            0,
                            page.width(),
                            page.height(),
                            PixelFormat.getIntArgbInstance(),
                            page.argb(),
                            0,
                            page.width());
            ImageView view = new ImageView(image);
            view.getStyleClass().add("letter-preview-page");
            view.setPreserveRatio(true);
            view.fitWidthProperty()
                    .bind(widthProperty().subtract(40).map(w -> Math.min(w.doubleValue(), page.width())));
            pages.getChildren().add(view);
        }
    }
}
