package org.stocktake.evidence.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.stocktake.evidence.search.Highlight;
import org.stocktake.evidence.text.PdfWordBoxes;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;

/**
 * The words found, marked over the drawn pages. Each page's word boxes are read once, when a page with words to mark
 * first shows, on the pages' drawing thread, and kept for the document; the marks are laid out in page units times
 * the zoom, so they stay on their words at any size.
 */
final class PageMarks {

    static final String MARK = "find-mark";
    static final String CURRENT = "find-mark-current";
    private static final Logger LOG = Logger.getLogger(PageMarks.class.getName());

    private final Executor drawing;
    private final IntConsumer arrived;
    private final Map<Integer, PageWords> read = new HashMap<>();
    private final Set<Integer> underway = new HashSet<>();
    /** Only the drawing thread reads it. */
    private PdfWordBoxes boxes;

    private int generation;
    private List<String> words = List.of();
    private DocumentFind.Match current;

    /** Reads on {@code drawing}; {@code arrived} hears, on the FX thread, of a page whose words are now known. */
    PageMarks(Executor drawing, IntConsumer arrived) {
        this.drawing = drawing;
        this.arrived = arrived;
    }

    /** Marks on another document, read from {@code opened}: what was read of the last one is let go. */
    void reset(PdfWordBoxes opened) {
        generation++;
        read.clear();
        underway.clear();
        drawing.execute(() -> {
            closeBoxes();
            boxes = opened;
        });
    }

    void mark(List<String> words, DocumentFind.Match current) {
        this.words = List.copyOf(words);
        this.current = current;
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
    OptionalDouble top(DocumentFind.Match match, double scale) {
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
        PageWords known = read.get(page);
        if (known != null || words.isEmpty() || generation == 0 || !underway.add(page)) {
            return known;
        }
        int asked = generation;
        Task<PageWords> reading = new Task<>() {
            @Override
            protected PageWords call() {
                return boxes.page(page);
            }
        };
        reading.setOnSucceeded(e -> {
            if (asked == generation) {
                read.put(page, reading.getValue());
                arrived.accept(page);
            }
        });
        reading.setOnFailed(
                e -> LOG.log(Level.INFO, "The words of page " + page + " could not be read", reading.getException()));
        drawing.execute(reading);
        return null;
    }

    /** Lets the document go; runs on the drawing thread. */
    void closeBoxes() {
        if (boxes != null) {
            boxes.close();
            boxes = null;
        }
    }
}
