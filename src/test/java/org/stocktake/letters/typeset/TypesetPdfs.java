package org.stocktake.letters.typeset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.stocktake.letters.document.LetterDocument;

/** Typesetting for tests, and reading back what was printed, page by page. */
final class TypesetPdfs {
    static final PdfDetails DETAILS = new PdfDetails(
            "Progress towards improvement",
            "J R A Crabtree",
            "The Panel's assessment",
            "Stocktake",
            Instant.parse("2016-01-11T09:30:00Z"));

    private TypesetPdfs() {}

    static TypesetLetter typeset(LetterDocument letter) {
        return new LetterTypesetter().typeset(letter, DETAILS);
    }

    /** Each page's text, as a reader copying from it would get it. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return String.join("", pages(pdf));
    }

    /** Keeps a copy under target/ for a person to look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "letter-samples");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
