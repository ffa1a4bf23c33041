package org.stocktake.evidence.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
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
import org.stocktake.evidence.text.PdfPages;
import org.stocktake.evidence.text.PdfWordBoxes;

/**
 * A PDF's pages as they look, one under another, with thumbnails beside them and a zoom. Pages are drawn on a thread
 * of their own, as they scroll into view, and the latest few kept; the FX thread only shows them.
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
    private final Map<String, Image> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final java.util.Set<String> underway = new java.util.HashSet<>();
    private final PageMarks marks = new PageMarks(drawing, pages, this::scale);
    private PdfPages document;
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
        zoom.valueProperty().addListener((obs, old, now) -> pages.refresh());
        Label zoomLabel = new Label("Zoom");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, zoomLabel, zoom);
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
        return Math.max(PdfPages.MIN_DPI, Math.min(PdfPages.MAX_DPI, dpi())) / 72.0;
    }

    /** Marks the words found on the pages, the current match apart, and brings that match into view. */
    void mark(java.util.List<String> words, DocumentFind.Match current) {
        marks.mark(words, current);
    }

    /** Shows the PDF read from {@code original}; the previous one is let go. */
    void show(Supplier<InputStream> original, String fileName, int atPage) {
        int asked = ++generation;
        kept.clear();
        underway.clear();
        pages.getItems().clear();
        thumbnails.getItems().clear();
        Task<Opened> opening = new Task<>() {
            @Override
            protected Opened call() throws Exception {
                PdfPages drawn;
                try (InputStream in = original.get()) {
                    drawn = PdfPages.open(in, fileName);
                }
                try (InputStream in = original.get()) {
                    PdfWordBoxes words = PdfWordBoxes.open(in, fileName);
                    return new Opened(drawn, words, words.sizes());
                } catch (RuntimeException e) {
                    drawn.close();
                    throw e;
                }
            }
        };
        opening.setOnSucceeded(e -> {
            Opened opened = opening.getValue();
            if (asked != generation) {
                drawing.execute(() -> {
                    opened.pages().close();
                    opened.words().close();
                });
                return;
            }
            PdfPages previous = document;
            document = opened.pages();
            sizes = opened.sizes();
            marks.reset(opened.words());
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
        opening.setOnFailed(e -> {
            LOG.log(Level.INFO, "Could not open " + fileName + " as pages", opening.getException());
            problem.setText(opening.getException().getMessage());
            setCenter(new VBox(problem));
        });
        drawing.execute(opening);
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
        PdfPages last = document;
        document = null;
        drawing.execute(() -> {
            if (last != null) {
                last.close();
            }
            marks.closeBoxes();
        });
        drawing.shutdown();
    }

    private record Opened(PdfPages pages, PdfWordBoxes words, java.util.List<PdfWordBoxes.Box> sizes) {}

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
        PdfPages from = document;
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
