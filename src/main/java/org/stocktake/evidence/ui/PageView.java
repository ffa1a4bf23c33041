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
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
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
    private final PageMarks marks = new PageMarks(drawing, this::wordsRead);
    private PdfPages document;
    /** Each page's size in points, so a page takes its room before it is drawn and the scroll stays put. */
    private java.util.List<PdfWordBoxes.Box> sizes = java.util.List.of();

    private int generation;
    /** A match to bring into view once its page's words are read. */
    private DocumentFind.Match revealing;

    PageView() {
        setId("evidence-page-view");
        pages.setId("evidence-page-images");
        thumbnails.setId("evidence-thumbnails");
        pages.setCellFactory(list -> new PageCell(() -> dpi(), false));
        thumbnails.setCellFactory(list -> new PageCell(() -> THUMBNAIL_DPI * 4, true));
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

    private float dpi() {
        return (float) (96 * zoom.getValue() / 100);
    }

    /** Pixels per point at the zoom shown, as the pages are drawn (within the sizes they can be drawn at). */
    private double scale() {
        return Math.max(PdfPages.MIN_DPI, Math.min(PdfPages.MAX_DPI, dpi())) / 72.0;
    }

    /** Marks the words found on the pages, the current match apart, and brings that match into view. */
    void mark(java.util.List<String> words, DocumentFind.Match current) {
        marks.mark(words, current);
        revealing = current;
        relayMarks(0);
        if (current != null) {
            reveal();
        }
    }

    private void wordsRead(int page) {
        relayMarks(page);
        if (revealing != null && revealing.page() == page) {
            reveal();
        }
    }

    /**
     * Lays the marks again on the cells showing {@code page} (0: every page), leaving the list as it is: a refresh
     * would rebuild its cells and move the scroll a reveal has just set.
     */
    private void relayMarks(int page) {
        for (javafx.scene.Node node : pages.lookupAll(".list-cell")) {
            if (node instanceof PageCell cell && cell.getItem() != null && (page == 0 || cell.getItem() == page)) {
                cell.layMarks();
            }
        }
    }

    /** Scrolls to the match's page, then, once its words are known, down the page far enough to show the match. */
    private void reveal() {
        DocumentFind.Match match = revealing;
        if (match.page() < 1 || match.page() > pages.getItems().size()) {
            return;
        }
        pages.scrollTo(match.page() - 1);
        java.util.OptionalDouble top = marks.top(match, scale());
        if (top.isEmpty()) {
            return;
        }
        revealing = null;
        pages.layout();
        if (pages.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            double below = top.getAsDouble() + 40 - flow.getHeight();
            if (below > 0) {
                // A third of the view above the match, so what leads up to it reads too.
                flow.scrollPixels(top.getAsDouble() - flow.getHeight() / 3);
            }
        }
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
            if (revealing != null) {
                reveal();
            }
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

    private final class PageCell extends ListCell<Integer> {
        private final Supplier<Float> dpi;
        private final boolean thumbnail;
        private final ImageView image = new ImageView();
        private final Label number = new Label();
        /** The found words' marks, over the page's picture and the size of it. */
        private final javafx.scene.layout.Pane layer = new javafx.scene.layout.Pane();

        private final javafx.scene.layout.StackPane sheet = new javafx.scene.layout.StackPane(image, layer);
        private final VBox box = new VBox(2, sheet, number);

        PageCell(Supplier<Float> dpi, boolean thumbnail) {
            this.dpi = dpi;
            this.thumbnail = thumbnail;
            box.setAlignment(Pos.CENTER);
            number.getStyleClass().add("text-muted");
            image.setPreserveRatio(true);
            layer.setMouseTransparent(true);
            layer.setMinSize(0, 0);
            layer.getStyleClass().add("find-marks");
            sheet.setAlignment(Pos.TOP_LEFT);
            sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            if (thumbnail) {
                image.setFitWidth(72);
            }
        }

        @Override
        protected void updateItem(Integer page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null || document == null) {
                setGraphic(null);
                return;
            }
            number.setText(thumbnail ? String.valueOf(page) : "Page " + page);
            float at = dpi.get();
            String key = page + "@" + at;
            Image drawn = kept.get(key);
            image.setImage(drawn);
            if (drawn == null && underway.add(key)) {
                draw(page, at, key);
            }
            if (page <= sizes.size()) {
                PdfWordBoxes.Box size = sizes.get(page - 1);
                double scale = thumbnail ? 72 / size.width() : scale();
                sheet.setMinSize(size.width() * scale, size.height() * scale);
            }
            layMarks();
            setGraphic(box);
        }

        void layMarks() {
            if (!thumbnail && getItem() != null) {
                marks.lay(layer, getItem(), scale());
            }
        }

        private void draw(int page, float at, String key) {
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
                    if (Integer.valueOf(page).equals(getItem())) {
                        image.setImage(task.getValue());
                    } else {
                        // The list drew this page in another cell meanwhile: let the cells showing it take the image.
                        (thumbnail ? thumbnails : pages).refresh();
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
}
