package org.stocktake.evidence.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.shared.task.Progress;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A picture (PNG, JPEG, or TIFF of one or more pages) shown as pages: each page drawn at the size asked, and its
 * words found by the recogniser with their boxes, as on a scanned PDF page. A page is as large as the picture says it
 * was scanned; a picture that does not say is taken at 96 dpi, no larger than an A4 page. The file is held in memory
 * and read afresh for each page, so drawing and finding words may run on two threads at once.
 */
public final class PicturePages implements ShownPages, WordBoxes {

    private static final Logger LOG = Logger.getLogger(PicturePages.class.getName());
    private static final float ASSUMED_DPI = 96;
    /** The long side of an A4 page, in points: a picture of unknown resolution is shown no larger. */
    private static final float A4_LONG_SIDE = 842;
    /** As for a PDF page drawn for recognition: an enormous picture is read coarser rather than taking gigabytes. */
    private static final double MOST_PIXELS = 40_000_000;

    private final byte[] bytes;
    private final FileType type;
    private final String fileName;
    private final Ocr ocr;
    private final List<Box> sizes;
    private final List<int[]> pixels;
    private final boolean firstPageOnly;

    private PicturePages(
            byte[] bytes, FileType type, String fileName, Ocr ocr, List<int[]> pixels, List<Box> sizes, boolean first) {
        this.bytes = bytes;
        this.type = type;
        this.fileName = fileName;
        this.ocr = ocr;
        this.pixels = pixels;
        this.sizes = sizes;
        this.firstPageOnly = first;
    }

    /**
     * Opens the picture read from {@code content}; its words are found by the recogniser on the PATH, as its text was.
     *
     * @throws UnreadableFileException if it is not a picture this computer can draw
     */
    public static PicturePages open(InputStream content, FileType type, String fileName) {
        return open(content, type, fileName, Ocr.onPath());
    }

    static PicturePages open(InputStream content, FileType type, String fileName, Ocr ocr) {
        try {
            byte[] bytes = content.readAllBytes();
            return read(bytes, reader -> {
                int count = 1;
                boolean first = false;
                try {
                    count = Math.max(1, reader.getNumImages(true));
                } catch (IOException | RuntimeException e) {
                    // A chain of pages that cannot be followed: its first page is still a picture.
                    LOG.log(Level.INFO, "The pages of a picture could not be counted", e);
                    first = type == FileType.TIFF;
                }
                List<int[]> pixels = new ArrayList<>();
                List<Box> sizes = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    int across = reader.getWidth(i);
                    int down = reader.getHeight(i);
                    float pointsPerPixel = pointsPerPixel(reader, i, across, down);
                    pixels.add(new int[] {across, down});
                    sizes.add(new Box(0, 0, across * pointsPerPixel, down * pointsPerPixel));
                }
                return new PicturePages(bytes, type, fileName, ocr, List.copyOf(pixels), List.copyOf(sizes), first);
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "A picture could not be opened to be shown", e);
            throw new UnreadableFileException("'" + fileName + "' cannot be shown: it is damaged or a kind of "
                    + type.label() + " this computer cannot draw.");
        }
    }

    @Override
    public int count() {
        return sizes.size();
    }

    @Override
    public List<Box> sizes() {
        return sizes;
    }

    /** Whether only the first page is shown, as the picture's further pages cannot be found. */
    public boolean firstPageOnly() {
        return firstPageOnly;
    }

    @Override
    public byte[] png(int page, float dpi) {
        Box size = size(page);
        float scale = Math.max(MIN_DPI, Math.min(MAX_DPI, dpi)) / 72;
        double shrink = Math.min(1, Math.sqrt(MOST_PIXELS / (size.width() * scale * size.height() * scale)));
        int across = (int) Math.max(1, Math.round(size.width() * scale * shrink));
        int down = (int) Math.max(1, Math.round(size.height() * scale * shrink));
        try {
            return read(bytes, reader -> PageImages.picturePng(reader, page - 1, across, down, false));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Page " + page + " of a picture could not be drawn", e);
            throw new UnreadableFileException(
                    "Page " + page + " of '" + fileName + "' is damaged and cannot be drawn.");
        }
    }

    @Override
    public PageWords page(int page, Progress progress) {
        Box size = size(page);
        if (!ocr.available()) {
            return new PageWords(size.width(), size.height(), "", List.of(), List.of());
        }
        progress.message("Reading the words of page " + page + " by OCR");
        try {
            byte[] png = recognisable(page);
            int across = PdfWordBoxes.pngWidth(png);
            String table = ocr.wordTable(png, progress);
            float pointsPerPixel = across > 0 ? size.width() / across : size.width() / pixels.get(page - 1)[0];
            return OcrWords.of(table, size.width(), size.height(), pointsPerPixel);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(
                    "The words of page " + page + " of '" + fileName + "' cannot be read: " + e.getMessage());
        }
    }

    @Override
    public boolean wantsRecognition() {
        return !ocr.available();
    }

    @Override
    public void close() {
        // Nothing is open between pages.
    }

    /**
     * The page as the recogniser is given it: a PNG or JPEG of one page as it was added (so its words are read as its
     * text was), a TIFF's page or an enormous picture drawn as a grey PNG.
     */
    private byte[] recognisable(int page) throws IOException {
        int[] own = pixels.get(page - 1);
        double shrink = Math.min(1, Math.sqrt(MOST_PIXELS / ((double) own[0] * own[1])));
        if (type == FileType.PNG && shrink == 1) {
            return bytes;
        }
        int across = (int) Math.max(1, Math.round(own[0] * shrink));
        int down = (int) Math.max(1, Math.round(own[1] * shrink));
        return read(bytes, reader -> PageImages.picturePng(reader, page - 1, across, down, true));
    }

    private Box size(int page) {
        if (page < 1 || page > count()) {
            throw new UnreadableFileException("'" + fileName + "' has no page " + page + ".");
        }
        return sizes.get(page - 1);
    }

    /** Points per pixel by the resolution the picture gives, or as at 96 dpi within an A4 page when it gives none. */
    private static float pointsPerPixel(ImageReader reader, int index, int across, int down) {
        float dpi = 0;
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                Node tree = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
                dpi = dpi(tree);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "A picture's resolution could not be read", e);
        }
        if (dpi >= 50 && dpi <= 2400) {
            return 72 / dpi;
        }
        float assumed = 72 / ASSUMED_DPI;
        float longSide = Math.max(across, down) * assumed;
        return longSide > A4_LONG_SIDE ? A4_LONG_SIDE / Math.max(across, down) : assumed;
    }

    /** Dots per inch from the standard tree's {@code HorizontalPixelSize} (millimetres a pixel), or 0. */
    private static float dpi(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("HorizontalPixelSize".equals(child.getNodeName()) && child instanceof Element element) {
                try {
                    float millimetres = Float.parseFloat(element.getAttribute("value"));
                    return millimetres > 0 ? 25.4f / millimetres : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
            float found = dpi(child);
            if (found > 0) {
                return found;
            }
        }
        return 0;
    }

    private interface ReaderJob<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T read(byte[] bytes, ReaderJob<T> job) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("No reader for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return job.apply(reader);
            } finally {
                reader.dispose();
            }
        }
    }
}
