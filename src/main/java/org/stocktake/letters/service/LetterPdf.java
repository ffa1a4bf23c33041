package org.stocktake.letters.service;

import java.util.Arrays;
import java.util.stream.Collectors;
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
        return typesetter.typeset(letter.document(), details(letter));
    }

    /** A draft as it would print now, unsaved edits and all, for the editor's preview. */
    public TypesetLetter preview(Letter letter, String title, org.stocktake.letters.document.LetterDocument document) {
        Letter shown = new Letter(
                letter.id(),
                letter.uuid(),
                title,
                letter.templateName(),
                letter.status(),
                document,
                letter.revision(),
                letter.createdBy(),
                letter.createdAt(),
                letter.updatedAt(),
                letter.issuedAt(),
                letter.issuedBy(),
                letter.evidenceId(),
                letter.replyBy(),
                letter.publishedOn(),
                letter.publishedLink());
        return typeset(shown);
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

    private static PdfDetails details(Letter letter) {
        String subject = letter.document().subject().isBlank()
                ? letter.title()
                : letter.document().subject();
        String authors = letter.document().signatories().stream()
                .map(Signatory::name)
                .filter(name -> !name.isBlank())
                .collect(Collectors.joining(", "));
        return new PdfDetails(
                subject,
                authors,
                letter.title(),
                "Stocktake",
                letter.updatedAt().toInstant());
    }
}
