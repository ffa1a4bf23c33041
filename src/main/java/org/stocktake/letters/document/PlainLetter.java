package org.stocktake.letters.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A letter as plain text, in the order it prints: for the command line, for a quick look and for tests. Notes among
 * the drafters are shown marked, since the reader of plain text is a drafter; citation marks read as "[n]".
 */
public final class PlainLetter {

    /** "11 January 2016", as the panel dates its letters. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlainLetter() {}

    public static String text(LetterDocument letter) {
        CitationNumbers numbers = new CitationNumbers(letter);
        List<String> lines = new ArrayList<>(letter.letterhead().lines());
        lines.add("");
        if (!letter.reference().isBlank()) {
            lines.add("Our reference: " + letter.reference());
        }
        if (letter.isPressRelease()) {
            lines.add("PRESS RELEASE  " + date(letter));
            lines.add("");
            lines.add(letter.subject());
        } else if (letter.headerOrder() == HeaderOrder.DATE_FIRST) {
            lines.add(date(letter));
            part(lines, letter.deliveryNote());
            part(lines, letter.addressee().lines());
        } else {
            part(lines, letter.addressee().lines());
            part(lines, letter.deliveryNote());
            part(lines, date(letter));
        }
        if (!lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
        part(lines, letter.salutation());
        part(lines, letter.subject().isBlank() || letter.isPressRelease() ? List.of() : List.of(letter.subject()));
        letter.body().forEach(block -> block(lines, block, numbers));
        if (letter.isPressRelease()) {
            lines.add("ENDS");
            lines.add("");
            part(lines, letter.contact());
            if (!letter.notesToEditors().isEmpty()) {
                lines.add("Notes to editors");
                lines.add("");
                letter.notesToEditors().forEach(block -> block(lines, block, numbers));
            }
        } else {
            part(lines, letter.closing());
            for (Signatory signatory : letter.signatories()) {
                lines.add(signatory.name());
                lines.addAll(signatory.roleLines());
                lines.add("");
            }
        }
        if (letter.annex() && !numbers.cited().isEmpty()) {
            lines.add("Documents referred to");
            int number = 1;
            for (Citation citation : numbers.cited()) {
                lines.add(number++ + ". " + citation.description());
            }
        }
        return String.join("\n", lines).strip() + "\n";
    }

    private static String date(LetterDocument letter) {
        return letter.date() == null ? "" : DATE.format(letter.date());
    }

    private static void part(List<String> lines, String text) {
        part(lines, text.isBlank() ? List.of() : List.of(text));
    }

    private static void part(List<String> lines, List<String> text) {
        if (!text.isEmpty()) {
            lines.addAll(text);
            lines.add("");
        }
    }

    private static void block(List<String> lines, Block block, CitationNumbers numbers) {
        if (block instanceof Block.Heading heading) {
            lines.add(heading.text());
        } else if (block instanceof Block.Paragraph paragraph) {
            lines.add(runs(paragraph.runs(), numbers));
        } else if (block instanceof Block.Quotation quotation) {
            lines.add("    " + runs(quotation.runs(), numbers));
        } else if (block instanceof Block.Items items) {
            int number = 1;
            for (List<Run> item : items.items()) {
                lines.add((items.numbered() ? number++ + ". " : "- ") + runs(item, numbers));
            }
        } else if (block instanceof Block.Note note) {
            lines.add("[Note: " + note.text() + "]");
        }
        lines.add("");
    }

    static String runs(List<Run> runs, CitationNumbers numbers) {
        StringBuilder text = new StringBuilder();
        for (Run run : runs) {
            if (run.isCitation()) {
                numbers.numberOf(run.citation())
                        .ifPresent(n -> text.append('[').append(n).append(']'));
            } else {
                text.append(run.text());
            }
        }
        return text.toString();
    }
}
