package org.stocktake.evidence.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * A copy of a PDF with the panel's notes added as the PDF's own notes (the icons every reader shows, opening to the
 * note), one on each annotated page, stacked down its margin. The original's content is left as it was.
 */
public final class PdfNotes {

    /** One note for a page: the passage quoted, the note, its author and when it was written. */
    public record Note(int page, String quote, String note, String author, java.time.OffsetDateTime written) {}

    private PdfNotes() {}

    /**
     * The PDF read from {@code original} with {@code notes} added.
     *
     * @throws UnreadableFileException if the original cannot be read as a PDF
     */
    public static byte[] withNotes(InputStream original, String fileName, List<Note> notes) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(original))) {
            // A PDF limited by an owner password opens freely; saving it needs the limits lifted.
            document.setAllSecurityToBeRemoved(document.isEncrypted());
            int[] stacked = new int[document.getNumberOfPages() + 1];
            for (Note note : notes) {
                if (note.page() < 1 || note.page() > document.getNumberOfPages()) {
                    continue;
                }
                PDPage page = document.getPage(note.page() - 1);
                PDRectangle box = page.getMediaBox();
                float size = 20;
                float top = box.getUpperRightY() - 30 - stacked[note.page()]++ * (size + 6);
                PDAnnotationText icon = new PDAnnotationText();
                icon.setRectangle(new PDRectangle(box.getUpperRightX() - size - 12, top - size, size, size));
                icon.setContents(
                        "\u201c" + note.quote() + "\u201d" + (note.note().isEmpty() ? "" : "\n\n" + note.note()));
                icon.setTitlePopup(note.author());
                icon.setName(PDAnnotationText.NAME_COMMENT);
                Calendar when = GregorianCalendar.from(note.written().toZonedDateTime());
                icon.setModifiedDate(when);
                icon.setPrinted(true);
                page.getAnnotations().add(icon);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UnreadableFileException(
                    "'" + fileName + "' could not be read to add the notes: " + e.getMessage());
        }
    }
}
