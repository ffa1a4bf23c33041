package org.stocktake.signing.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.stocktake.shared.ValidationException;

/** Opens the bytes of a PDF, or says in one sentence why they are not one. */
final class PdfFiles {

    private PdfFiles() {}

    static PDDocument load(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new ValidationException(name + " is empty; it is not a PDF.");
        }
        if (!startsLikeAPdf(bytes)) {
            throw new ValidationException(name + " is not a PDF.");
        }
        try {
            PDDocument document = Loader.loadPDF(bytes);
            if (document.getNumberOfPages() == 0) {
                document.close();
                throw new ValidationException(name + " has no pages; it cannot be signed or verified.");
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new ValidationException(name + " is protected by a password; open it with one and save it without.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException refusal) {
                throw refusal;
            }
            throw new ValidationException(name + " is damaged or cut short; it cannot be read as a PDF.");
        }
    }

    /** The header may follow a little junk, as readers allow; anything else is not a PDF at all. */
    private static boolean startsLikeAPdf(byte[] bytes) {
        int limit = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, limit, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }
}
