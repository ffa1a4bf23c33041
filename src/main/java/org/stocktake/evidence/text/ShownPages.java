package org.stocktake.evidence.text;

/**
 * A document's pages as they look, each drawn as a PNG at the size asked: a PDF's pages or a picture's. Not for
 * several threads at once.
 */
public interface ShownPages extends AutoCloseable {

    /** The smallest and largest sizes a page is drawn at, in dots per inch. */
    float MIN_DPI = 24;

    float MAX_DPI = 300;

    int count();

    /**
     * Page {@code page} (from 1) as a PNG at {@code dpi} (kept between {@link #MIN_DPI} and {@link #MAX_DPI}).
     *
     * @throws UnreadableFileException if the page cannot be drawn
     */
    byte[] png(int page, float dpi);

    @Override
    void close();
}
