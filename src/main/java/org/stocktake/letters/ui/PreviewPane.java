package org.stocktake.letters.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * A letter's pages as they will print, typeset again from what is in the editor each time the letter is saved and
 * each time the preview is shown: the open letter's, or a template's filled for today.
 */
final class PreviewPane extends ScrollPane {

    private static final float DPI = 90;
    private static final int MOST_PAGES = 30;

    /**
     * What to typeset: read on the window's thread (what the editor holds now), typeset away from it. Returns null when
     * there is nothing to show.
     */
    interface Source {
        Supplier<TypesetLetter> read();
    }

    private final Source source;
    private final String nothing;
    private final Consumer<Throwable> failed;
    private final TaskRunner tasks;
    private final VBox pages = new VBox(12);
    private final Label note = new Label();

    /** The open letter's pages. */
    PreviewPane(LettersViewModel letters, LetterPdf pdfs, TaskRunner tasks) {
        this(
                () -> {
                    Letter letter = letters.openProperty().get();
                    if (letter == null) {
                        return null;
                    }
                    String title = letters.editor().title.get();
                    LetterDocument document = letters.editor().document();
                    return () -> pdfs.preview(letter, title, document);
                },
                "No letter is open.",
                letters::failed,
                tasks);
    }

    PreviewPane(Source source, String nothing, Consumer<Throwable> failed, TaskRunner tasks) {
        this.source = source;
        this.nothing = nothing;
        this.failed = failed;
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
        Supplier<TypesetLetter> typesetting;
        try {
            typesetting = source.read();
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        if (typesetting == null) {
            pages.getChildren().setAll(note);
            note.setText(nothing);
            return;
        }
        tasks.run(
                "Typesetting the preview",
                progress -> {
                    TypesetLetter typeset = typesetting.get();
                    List<LetterPreview.Pixels> drawn = new ArrayList<>();
                    for (int page = 0; page < Math.min(typeset.pageCount(), MOST_PAGES); page++) {
                        drawn.add(LetterPreview.page(typeset.pdf(), page, DPI));
                    }
                    return drawn;
                },
                this::show,
                failed::accept);
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
