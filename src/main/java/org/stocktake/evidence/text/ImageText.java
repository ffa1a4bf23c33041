package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.task.Progress;

/**
 * A picture's text by recognition: one page for a PNG or JPEG, one per page of a TIFF. Without recognition the
 * picture is kept with its text to come.
 */
final class ImageText {

    private static final Logger LOG = Logger.getLogger(ImageText.class.getName());
    private static final int MOST_TIFF_PAGES = 10_000;

    private final Ocr ocr;

    ImageText(Ocr ocr) {
        this.ocr = ocr;
    }

    ExtractedText read(FileType type, Content content, String fileName, Progress progress) throws IOException {
        if (!ocr.available()) {
            return awaitingOcr(type, progress);
        }
        progress.message("Reading the text in the picture");
        String suffix = type == FileType.PNG ? ".png" : type == FileType.JPEG ? ".jpg" : ".tif";
        try (LocalCopy copy = LocalCopy.of(content, suffix, progress)) {
            int pages = type == FileType.TIFF ? tiffPages(copy.file()) : 1;
            progress.update(0, pages);
            Ocr.Result result = ocr.run(copy.file(), pages, progress);
            switch (result.outcome()) {
                case UNAVAILABLE:
                    return awaitingOcr(type, progress);
                case TIMED_OUT:
                    throw UnreadableFileException.tooSlowToRecognise(fileName);
                case FAILED:
                    throw UnreadableFileException.damaged(fileName, type);
                default:
                    progress.update(pages, pages);
                    return new ExtractedText(type, result.pages(), FileFacts.NONE, List.of(), false);
            }
        }
    }

    private static ExtractedText awaitingOcr(FileType type, Progress progress) {
        progress.update(1, 1);
        return new ExtractedText(type, List.of(""), FileFacts.NONE, List.of(), true);
    }

    /**
     * How many pages a TIFF holds, by walking its chain of image directories; only to allow time for them, so a
     * chain that cannot be followed counts as one page.
     */
    static int tiffPages(Path file) {
        try (RandomAccessFile tiff = new RandomAccessFile(file.toFile(), "r")) {
            boolean little = tiff.read() == 'I';
            tiff.seek(4);
            long offset = unsigned(tiff.readInt(), little);
            int pages = 0;
            while (offset > 0 && offset + 2 <= tiff.length() && pages < MOST_TIFF_PAGES) {
                pages++;
                tiff.seek(offset);
                int entries = little ? Short.reverseBytes(tiff.readShort()) & 0xFFFF : tiff.readShort() & 0xFFFF;
                long next = offset + 2 + 12L * entries;
                if (next + 4 > tiff.length()) {
                    break;
                }
                tiff.seek(next);
                long following = unsigned(tiff.readInt(), little);
                if (following <= offset) {
                    break; // a loop, or a chain running backwards: stop rather than go round
                }
                offset = following;
            }
            return Math.max(1, pages);
        } catch (IOException e) {
            LOG.log(Level.FINE, "The pages of a TIFF could not be counted", e);
            return 1;
        }
    }

    private static long unsigned(int value, boolean little) {
        return Integer.toUnsignedLong(little ? Integer.reverseBytes(value) : value);
    }
}
