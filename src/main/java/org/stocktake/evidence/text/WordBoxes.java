package org.stocktake.evidence.text;

import java.util.List;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.shared.task.Progress;

/**
 * Where the words of a document's pages lie, so words found in a page's text can be marked on its picture: a PDF's,
 * from its text or by recognition on a scanned page, or a picture's, by recognition. Not for several threads at once.
 */
public interface WordBoxes extends AutoCloseable {

    /** Each page's size as drawn, in points, in page order: read without reading any page's words. */
    List<Box> sizes();

    /**
     * The words of page {@code page} (from 1); none on a page of pictures when recognition is not available. A page
     * read by recognition says so through {@code progress} first, as it takes seconds.
     *
     * @throws UnreadableFileException if the page is not there or cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled meanwhile
     */
    PageWords page(int page, Progress progress);

    /** Whether the pages' words can only be found by recognition, and this computer has none. */
    boolean wantsRecognition();

    @Override
    void close();
}
