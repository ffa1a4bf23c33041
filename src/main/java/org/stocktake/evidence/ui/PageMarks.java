package org.stocktake.evidence.ui;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.stocktake.evidence.search.Highlight;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.evidence.text.WordBoxes;
import org.stocktake.shared.task.Progress;

/**
 * The words found, marked over the drawn pages. Each page's word boxes are read when a page with words to mark first
 * shows, on a thread of their own (a scanned page's by OCR takes seconds, and the pages are drawn meanwhile), and kept
 * by document and page for the next find; the marks are laid out in page units times the zoom, so they stay on their
 * words at any size. The current match is brought into view, once its page's words are known.
 */
final class PageMarks {

    static final String MARK = "find-mark";
    static final String CURRENT = "find-mark-current";
    private static final Logger LOG = Logger.getLogger(PageMarks.class.getName());

    private final ExecutorService reading;
    private final ListView<Integer> pages;
    private final DoubleSupplier scale;
    private final WordCache read = new WordCache();
    private final Set<Integer> underway = new HashSet<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** Only the reading thread uses it. */
    private WordBoxes boxes;
    /** The document's key in the cache: its contents' digest. */
    private String key = "";

    /** Raised for each document shown: a read for an earlier one is cancelled and its words dropped. */
    private volatile int generation;

    private List<String> words = List.of();
    private DocumentFind.Match current;
    /** A match to bring into view once its page's words are read. */
    private DocumentFind.Match revealing;

    /** Marks the cells of {@code pages}, drawn at {@code scale} pixels a point. */
    PageMarks(ListView<Integer> pages, DoubleSupplier scale) {
        this.pages = pages;
        this.scale = scale;
        this.reading = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stocktake-page-words");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Marks on another document, its words read from {@code opened} and kept under {@code key}: a read underway for
     * the last one is stopped and it is let go.
     */
    void reset(WordBoxes opened, String key) {
        generation++;
        this.key = key;
        underway.clear();
        status.set("");
        reading.execute(() -> {
            closeBoxes();
            boxes = opened;
        });
    }

    /** What the words' reading is doing, such as reading a page by OCR; empty when nothing is underway. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Marks the words found on the pages, the current match apart, and brings that match into view. */
    void mark(List<String> words, DocumentFind.Match current) {
        this.words = List.copyOf(words);
        this.current = current;
        revealing = current;
        relay(0);
        if (current != null) {
            reveal();
        }
    }

    /** The document's pages are listed: a match waiting for them is brought into view. */
    void opened() {
        if (revealing != null) {
            reveal();
        }
    }

    private void arrived(int page) {
        relay(page);
        if (revealing != null && revealing.page() == page) {
            reveal();
        }
    }

    /**
     * Lays the marks again on the cells showing {@code page} (0: every page), leaving the list as it is: a refresh
     * would rebuild its cells and move the scroll a reveal has just set.
     */
    private void relay(int page) {
        for (Node node : pages.lookupAll(".list-cell")) {
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
        OptionalDouble top = top(match, scale.getAsDouble());
        if (top.isEmpty()) {
            return;
        }
        revealing = null;
        pages.layout();
        if (pages.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && top.getAsDouble() + 40 > flow.getHeight()) {
            // A third of the view above the match, so what leads up to it reads too.
            flow.scrollPixels(top.getAsDouble() - flow.getHeight() / 3);
        }
    }

    /**
     * Lays the marks of {@code page} on {@code layer}, sized as the page at {@code scale} (pixels per point); the
     * layer is left empty, and the words asked for, while they are not read yet.
     */
    void lay(Pane layer, int page, double scale) {
        layer.getChildren().clear();
        PageWords known = words(page);
        if (known == null) {
            layer.setPrefSize(0, 0);
            return;
        }
        layer.setPrefSize(known.width() * scale, known.height() * scale);
        List<Highlight> hits = DocumentFind.onPage(known.text(), words);
        for (int n = 0; n < hits.size(); n++) {
            boolean isCurrent = current != null && current.page() == page && current.onPage() == n;
            for (Box box : known.boxes(hits.get(n).start(), hits.get(n).end())) {
                Rectangle mark = new Rectangle(
                        (box.x() - 1) * scale,
                        (box.y() - 1) * scale,
                        (box.width() + 2) * scale,
                        (box.height() + 2) * scale);
                mark.getStyleClass().add(isCurrent ? CURRENT : MARK);
                mark.setArcWidth(3 * scale);
                mark.setArcHeight(3 * scale);
                layer.getChildren().add(mark);
            }
        }
    }

    /** How far down its page the match's first line lies, at {@code scale}; empty while the page is not read. */
    private OptionalDouble top(DocumentFind.Match match, double scale) {
        PageWords known = words(match.page());
        if (known == null) {
            return OptionalDouble.empty();
        }
        List<Highlight> hits = DocumentFind.onPage(known.text(), words);
        if (match.onPage() >= hits.size()) {
            return OptionalDouble.of(0);
        }
        Highlight hit = hits.get(match.onPage());
        return known.boxes(hit.start(), hit.end()).stream()
                .mapToDouble(b -> b.y() * scale)
                .findFirst();
    }

    /** The page's words when read; otherwise null, and they are asked for when there are words to mark. */
    private PageWords words(int page) {
        PageWords known = read.get(key, page);
        if (known != null || words.isEmpty() || generation == 0 || !underway.add(page)) {
            return known;
        }
        int asked = generation;
        String readFor = key;
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public void message(String message) {
                Platform.runLater(() -> {
                    if (asked == generation) {
                        status.set(message + "…");
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return asked != generation || Thread.currentThread().isInterrupted();
            }
        };
        Task<PageWords> task = new Task<>() {
            @Override
            protected PageWords call() {
                return boxes.page(page, progress);
            }
        };
        task.setOnSucceeded(e -> {
            read.put(readFor, page, task.getValue());
            if (asked == generation) {
                underway.remove(page);
                settled();
                arrived(page);
            }
        });
        task.setOnFailed(e -> {
            if (asked == generation) {
                underway.remove(page);
                settled();
            }
            if (!(task.getException() instanceof CancellationException)) {
                LOG.log(Level.INFO, "The words of page " + page + " could not be read", task.getException());
            }
        });
        reading.execute(task);
        return null;
    }

    private void settled() {
        if (underway.isEmpty()) {
            status.set("");
        }
    }

    /** Stops a read underway, lets the document go and ends the reading thread. */
    void close() {
        generation++;
        reading.execute(this::closeBoxes);
        reading.shutdown();
    }

    /** Runs on the reading thread. */
    private void closeBoxes() {
        if (boxes != null) {
            boxes.close();
            boxes = null;
        }
    }
}
