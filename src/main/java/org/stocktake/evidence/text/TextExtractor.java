package org.stocktake.evidence.text;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.task.Progress;

/**
 * Reads the text of one stored file: its kind from its content, then its text page by page, what it says about
 * itself, and an email's attachments. Pure: it touches no database and shows nothing. A file it cannot read is
 * refused with an {@link UnreadableFileException} whose one sentence names the file and says what to do; parser
 * failures never escape as anything else.
 */
public final class TextExtractor {

    private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

    private final PdfText pdf;
    private final ImageText images;

    public TextExtractor(Ocr ocr) {
        Objects.requireNonNull(ocr, "ocr");
        this.pdf = new PdfText(ocr);
        this.images = new ImageText(ocr);
    }

    /**
     * The kind of {@code content}, told by its first bytes; {@code fileName}'s extension only tells text from
     * Markdown and whether text without a known extension is taken.
     *
     * @throws UnreadableFileException when the file is empty, cannot be read, or is of a kind the library does not
     *     take (or not the kind its name claims)
     */
    public FileType detect(Content content, String fileName) throws UnreadableFileException {
        Objects.requireNonNull(content, "content");
        try {
            return TypeDetection.detect(content, fileName);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw refusal(e, fileName, null);
        }
    }

    /**
     * The text of {@code content} page by page, reporting each page to {@code progress}.
     *
     * @throws UnreadableFileException when the file cannot be read, with one sentence for the user
     * @throws CancellationException when {@code progress} is cancelled; nothing is left behind
     */
    public ExtractedText extract(Content content, String fileName, Progress progress) throws UnreadableFileException {
        Objects.requireNonNull(progress, "progress");
        FileType type = detect(content, fileName);
        try {
            Cancellation.checkpoint(progress);
            return switch (type) {
                case PDF -> pdf.read(content, fileName, progress);
                case DOCX -> WordText.read(content, fileName, progress);
                case ODT -> OdtText.read(content, fileName, progress);
                case TEXT, MARKDOWN -> PlainText.read(type, content, progress);
                case EMAIL -> EmailText.read(content, fileName, progress);
                case PNG, JPEG, TIFF -> images.read(type, content, fileName, progress);
            };
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw refusal(e, fileName, type);
        }
    }

    private static RuntimeException refusal(Throwable failure, String fileName, FileType type) {
        if (failure instanceof UnreadableFileException || failure instanceof CancellationException) {
            return (RuntimeException) failure;
        }
        if (SourceReadException.isCauseOf(failure)) {
            LOG.log(Level.INFO, "The stored file " + fileName + " could not be read", failure);
            return UnreadableFileException.couldNotRead(fileName);
        }
        LOG.log(Level.FINE, "The file " + fileName + " could not be read as " + type, failure);
        return type == null
                ? UnreadableFileException.unknownKind(fileName)
                : UnreadableFileException.damaged(fileName, type);
    }
}
