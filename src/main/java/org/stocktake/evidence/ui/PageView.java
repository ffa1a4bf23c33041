package org.stocktake.evidence.ui;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stocktake.evidence.text.PdfWordBoxes;
import org.stocktake.evidence.text.ShownPages;
import org.stocktake.shared.ui.ElidedText;

/**
 * A document's pages as they look (a PDF's, or a picture's), one under another, with thumbnails beside them and a
 * zoom. Pages are drawn on a thread of their own, as they scroll into view, and the latest few kept; the FX thread only
 * shows them. A note beside the zoom says what the marks of find are waiting for, or why there are none.
 */
final class PageView extends BorderPane {

    private static final Logger LOG = Logger.getLogger(PageView.class.getName());
    private static final float THUMBNAIL_DPI = 12;
    private static final int KEPT = 40;

    private final ExecutorService drawing = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stocktake-pages");
        thread.setDaemon(true);
        return thread;
    });
    private final ListView<Integer> pages = new ListView<>();
    private final ListView<Integer> thumbnails = new ListView<>();
    private final Slider zoom = new Slider(50, 200, 100);
    private final Label problem = new Label();
    private final Label note = new Label();
    private final Map<String, Image> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final java.util.Set<String> underway = new java.util.HashSet<>();
    private final PageMarks marks = new PageMarks(pages, this::scale);
    /** What stops the pages being marked as they should be, if anything: said beside the zoom. */
    private String limits = "";

    private ShownPages document;
    /** Each page's size in points, so a page takes its room before it is drawn and the scroll stays put. */
    private java.util.List<PdfWordBoxes.Box> sizes = java.util.List.of();

    private int generation;

    PageView() {
        setId("evidence-page-view");
        pages.setId("evidence-page-images");
        thumbnails.setId("evidence-thumbnails");
        pages.setCellFactory(list -> new PageCell(this, this::dpi, false));
        thumbnails.setCellFactory(list -> new PageCell(this, () -> THUMBNAIL_DPI * 4, true));
        thumbnails.setPrefWidth(110);
        thumbnails.setMinWidth(90);
        thumbnails.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                pages.scrollTo(now - 1);
            }
        });
        zoom.setId("evidence-zoom");
        zoom.setPrefWidth(160);
        // The note beside it takes the room left, never the zoom's.
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        zoom.valueProperty().addListener((obs, old, now) -> pages.refresh());
        Label zoomLabel = new Label("Zoom");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        note.setId("evidence-pages-note");
        note.getStyleClass().add("text-muted");
        note.setMinWidth(40);
        HBox.setHgrow(note, javafx.scene.layout.Priority.ALWAYS);
        marks.statusProperty().addListener((obs, old, now) -> showNote());
        HBox bar = new HBox(8, zoomLabel, zoom, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 6, 0));
        problem.getStyleClass().add("text-muted");
        problem.setWrapText(true);
        setTop(bar);
        setLeft(thumbnails);
        setCenter(pages);
        BorderPane.setMargin(thumbnails, new Insets(0, 6, 0, 0));
    }

    float dpi() {
        return (float) (96 * zoom.getValue() / 100);
    }

    /** Pixels per point at the zoom shown, as the pages are drawn (within the sizes they can be drawn at). */
    double scale() {
        return Math.max(ShownPages.MIN_DPI, Math.min(ShownPages.MAX_DPI, dpi())) / 72.0;
    }

    /** Marks the words found on the pages, the current match apart, and brings that match into view. */
    void mark(java.util.List<String> words, DocumentFind.Match current) {
        marks.mark(words, current);
    }

    /**
     * Shows the document {@code opening} opens (off the FX thread), at page {@code atPage}; the previous one is let
     * go.
     */
    void show(Callable<PageSource> opening, int atPage) {
        int asked = ++generation;
        kept.clear();
        underway.clear();
        pages.getItems().clear();
        thumbnails.getItems().clear();
        limits = "";
        showNote();
        Task<PageSource> task = new Task<>() {
            @Override
            protected PageSource call() throws Exception {
                return opening.call();
            }
        };
        task.setOnSucceeded(e -> {
            PageSource opened = task.getValue();
            if (asked != generation) {
                drawing.execute(opened::close);
                return;
            }
            ShownPages previous = document;
            document = opened.pages();
            sizes = opened.words().sizes();
            limits = opened.limits();
            showNote();
            marks.reset(opened.words(), opened.key());
            if (previous != null) {
                drawing.execute(previous::close);
            }
            java.util.List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, sizes.size())
                    .boxed()
                    .toList();
            pages.getItems().setAll(numbers);
            thumbnails.getItems().setAll(numbers);
            pages.scrollTo(Math.max(0, atPage - 1));
            setCenter(pages);
            marks.opened();
        });
        task.setOnFailed(e -> {
            LOG.log(Level.INFO, "Could not open a document as pages", task.getException());
            problem.setText(task.getException().getMessage());
            setCenter(new VBox(problem));
        });
        drawing.execute(task);
    }

    /** The reading of words underway, if any, else what limits the marks. */
    private void showNote() {
        String reading = marks.statusProperty().get();
        note.setText(reading.isEmpty() ? limits : reading);
        ElidedText.mark(note, note.getText());
    }

    /** Scrolls to a page. */
    void showPage(int page) {
        if (page >= 1 && page <= pages.getItems().size()) {
            pages.scrollTo(page - 1);
        }
    }

    /** Lets the document go and stops the drawing thread. */
    void close() {
        generation++;
        ShownPages last = document;
        document = null;
        drawing.execute(() -> {
            if (last != null) {
                last.close();
            }
        });
        drawing.shutdown();
        marks.close();
    }

    /** The page drawn at {@code dpi} if kept; otherwise null, and it is drawn for {@code asking} to show. */
    Image image(int page, float dpi, PageCell asking) {
        if (document == null) {
            return null;
        }
        String key = page + "@" + dpi;
        Image drawn = kept.get(key);
        if (drawn == null && underway.add(key)) {
            draw(page, dpi, key, asking);
        }
        return drawn;
    }

    /** The page's size in points, once the document is open. */
    PdfWordBoxes.Box size(int page) {
        return page >= 1 && page <= sizes.size() ? sizes.get(page - 1) : null;
    }

    PageMarks marks() {
        return marks;
    }

    private void draw(int page, float at, String key, PageCell asking) {
        ShownPages from = document;
        int asked = generation;
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() {
                return new Image(new ByteArrayInputStream(from.png(page, at)));
            }
        };
        task.setOnSucceeded(e -> {
            underway.remove(key);
            if (asked == generation) {
                kept.put(key, task.getValue());
                if (!asking.take(page, task.getValue())) {
                    // The list drew this page in another cell meanwhile: let the cells showing it take the image.
                    asking.getListView().refresh();
                }
            }
        });
        task.setOnFailed(e -> {
            underway.remove(key);
            LOG.log(Level.INFO, "Page " + page + " could not be drawn", task.getException());
        });
        drawing.execute(task);
    }
}
