package org.stocktake.letters.service;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.typeset.LetterTypesetter;
import org.stocktake.letters.typeset.PdfDetails;
import org.stocktake.letters.typeset.TypesetLetter;

/**
 * A letter as a PDF/A, the same bytes every time for the same revision: its details are the letter's own and its
 * time is the revision's. So a signed copy, which keeps the typeset bytes whole before its signatures, can be held
 * against the letter as it stands to show it is that letter and no other.
 */
public final class LetterPdf {

    private final LetterTypesetter typesetter = new LetterTypesetter();

    public TypesetLetter typeset(Letter letter) {
        return typesetter.typeset(letter.document(), details(letter.title(), letter.document(), letter));
    }

    /** A draft as it would print now, unsaved edits and all, for the editor's preview. */
    public TypesetLetter preview(Letter letter, String title, LetterDocument document) {
        return typesetter.typeset(document, details(title, document, letter));
    }

    /** A template as a letter made from it would print, for the template editor's preview; it is never kept. */
    public TypesetLetter template(String name, LetterDocument filled) {
        String subject = filled.subject().isBlank() ? name : filled.subject();
        return typesetter.typeset(
                filled,
                new PdfDetails(
                        subject,
                        "",
                        name,
                        "Stocktake",
                        filled.date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    /** Whether {@code pdf} is this letter at its present revision, unsigned or signed by incremental update. */
    public boolean isThisLetter(Letter letter, byte[] pdf) {
        byte[] typeset = typeset(letter).pdf();
        return pdf.length >= typeset.length && Arrays.equals(pdf, 0, typeset.length, typeset, 0, typeset.length);
    }

    /** The file name a letter is exported under: its date and title, safe on every system. */
    public static String fileName(Letter letter) {
        String title = letter.title()
                .replaceAll("[^\\p{L}\\p{N} ,.'-]", "")
                .replaceAll("\\s+", " ")
                .strip();
        String shortened = title.length() > 80 ? title.substring(0, 80).strip() : title;
        return letter.document().date() + " " + (shortened.isEmpty() ? "Letter " + letter.id() : shortened) + ".pdf";
    }

    /** The PDF's details: the document's own, timed at the letter's revision so the bytes can be reproduced. */
    private static PdfDetails details(String title, LetterDocument document, Letter letter) {
        String subject = document.subject().isBlank() ? title : document.subject();
        String authors = document.signatories().stream()
                .map(Signatory::name)
                .filter(name -> !name.isBlank())
                .collect(Collectors.joining(", "));
        return new PdfDetails(
                subject, authors, title, "Stocktake", letter.updatedAt().toInstant());
    }
}
