package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Signatory;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;

/**
 * What a letter may hold: a title, one-line header parts and body text free of the characters that would break a
 * terminal, an export or the printed page, within lengths a letter never needs to pass.
 */
public final class LetterLimits {

    public static final int TITLE = 500;
    static final int LINE = 500;
    static final int BLOCK = 20_000;
    static final int BLOCKS = 2_000;

    private LetterLimits() {}

    /**
     * @throws ValidationException if the title is blank, too long or holds a character that cannot be kept
     */
    public static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new ValidationException("A letter needs a title, e.g. \"Assessment letter, March 2016\".");
        }
        String stripped = title.strip();
        if (stripped.length() > TITLE) {
            throw new ValidationException("A letter's title has at most " + TITLE + " characters.");
        }
        String refused = TextHygiene.firstRefused(stripped, false);
        if (refused != null) {
            throw new ValidationException("The title holds " + refused + ".");
        }
        return stripped;
    }

    /**
     * One line of text stripped, within {@code max} characters and free of what {@link TextHygiene} refuses.
     *
     * @throws ValidationException naming {@code part} if it cannot be kept
     */
    static String oneLine(String text, int max, String part) {
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new ValidationException(part + " has at most " + max + " characters.");
        }
        String refused = TextHygiene.firstRefused(stripped, false);
        if (refused != null) {
            throw new ValidationException(part + " holds " + refused + ".");
        }
        return stripped;
    }

    /**
     * @throws ValidationException naming every part that cannot be kept
     */
    public static LetterDocument checked(LetterDocument letter) {
        List<String> problems = new ArrayList<>();
        if (letter.date() == null) {
            problems.add("A letter needs a date.");
        }
        line(problems, "The reference", letter.reference());
        line(problems, "The delivery note", letter.deliveryNote());
        line(problems, "The salutation", letter.salutation());
        line(problems, "The subject", letter.subject());
        line(problems, "The closing", letter.closing());
        line(problems, "The addressee's name", letter.addressee().name());
        line(problems, "The addressee's office", letter.addressee().office());
        letter.addressee().address().forEach(part -> line(problems, "The address", part));
        letter.letterhead().lines().forEach(part -> line(problems, "The letterhead", part));
        for (Signatory signatory : letter.signatories()) {
            line(problems, "A signatory's name", signatory.name());
            signatory.roleLines().forEach(part -> line(problems, "A signatory's role", part));
        }
        if (letter.body().size() + letter.notesToEditors().size() > BLOCKS) {
            problems.add("A letter has at most " + BLOCKS + " paragraphs, headings and quotations.");
        }
        int number = 1;
        for (Block block : letter.body()) {
            block(problems, number++, block);
        }
        for (Block block : letter.notesToEditors()) {
            block(problems, number++, block);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return letter;
    }

    private static void line(List<String> problems, String part, String text) {
        if (text.length() > LINE) {
            problems.add(part + " has more than " + LINE + " characters.");
            return;
        }
        String refused = TextHygiene.firstRefused(text, false);
        if (refused != null) {
            problems.add(part + " holds " + refused + ".");
        }
    }

    private static void block(List<String> problems, int number, Block block) {
        String text = block.plainText();
        if (text.length() > BLOCK) {
            problems.add("Part " + number + " of the letter has more than " + BLOCK + " characters; split it.");
            return;
        }
        String refused = TextHygiene.firstRefused(text, block instanceof Block.Items);
        if (refused != null) {
            problems.add("Part " + number + " of the letter holds " + refused + ".");
        }
    }
}
