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
    private PdfPages document;
    private int generation;

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

    /** Shows the PDF read from {@code original}; the previous one is let go. */
    void show(Supplier<InputStream> original, String fileName, int atPage) {
        int asked = ++generation;
        kept.clear();
        underway.clear();
        pages.getItems().clear();
        thumbnails.getItems().clear();
        Task<PdfPages> opening = new Task<>() {
            @Override
            protected PdfPages call() throws Exception {
                try (InputStream in = original.get()) {
                    return PdfPages.open(in, fileName);
                }
            }
        };
        opening.setOnSucceeded(e -> {
            PdfPages opened = opening.getValue();
            if (asked != generation) {
                drawing.execute(opened::close);
                return;
            }
            PdfPages previous = document;
            document = opened;
            if (previous != null) {
                drawing.execute(previous::close);
            }
            java.util.List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, opened.count())
                    .boxed()
                    .toList();
            pages.getItems().setAll(numbers);
            thumbnails.getItems().setAll(numbers);
            pages.scrollTo(Math.max(0, atPage - 1));
            setCenter(pages);
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
        });
        drawing.shutdown();
    }

    private final class PageCell extends ListCell<Integer> {
        private final Supplier<Float> dpi;
        private final boolean thumbnail;
        private final ImageView image = new ImageView();
        private final Label number = new Label();
        private final VBox box = new VBox(2, image, number);

        PageCell(Supplier<Float> dpi, boolean thumbnail) {
            this.dpi = dpi;
            this.thumbnail = thumbnail;
            box.setAlignment(Pos.CENTER);
            number.getStyleClass().add("text-muted");
            image.setPreserveRatio(true);
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
            setGraphic(box);
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
