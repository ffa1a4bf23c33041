package org.stocktake.evidence.service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a letter's parts stand among its lines: the head (letterhead, addressee, date) above the salutation, the
 * subject line below it, and the signatories below the close. OCR mangles the set phrases ("lean Mr Crabbree,", "ows
 * sincerel"), so they are recognised loosely, but only on short lines where they belong.
 */
final class LetterParts {

    /** A salutation stands in a letter's first lines, a close in its last ones. */
    static final int HEAD_LINES = 120;

    static final int TAIL_LINES = 80;
    private static final int SIGNATURE_LINES = 16;
    /** A letter's first lines when it has no salutation to end its head. */
    private static final int BARE_HEAD_LINES = 15;

    private static final Set<String> ADDRESS_WORDS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "sir",
            "madam",
            "secretary",
            "cllr",
            "councillor",
            "lord",
            "lady",
            "professor",
            "prof",
            "minister",
            "chair",
            "colleague",
            "colleagues",
            "all",
            "dame",
            "rt",
            "the");
    private static final Pattern CLOSE =
            Pattern.compile("(?i)sincer|faithf|regards|best wishes|yours (?:truly|ever)|with thanks");
    private static final Pattern SUBJECT_LABEL = Pattern.compile("(?i)^(?:re|subject|subj)\\s*[:.-]\\s*(.+)");
    private static final Pattern COPIES = Pattern.compile("(?i)^(?:cc|c\\.c\\.|copy to|copies to|enc|encl|bcc)\\b");
    private static final int SUBJECT_CHARS = 160;
    private static final int SUBJECT_WORDS = 24;

    private final List<String> lines;
    private final int salutation;
    private final int close;

    private LetterParts(List<String> lines, int salutation, int close) {
        this.lines = lines;
        this.salutation = salutation;
        this.close = close;
    }

    static LetterParts of(List<String> lines) {
        int salutation = -1;
        for (int i = 0; i < Math.min(lines.size(), HEAD_LINES) && salutation < 0; i++) {
            if (isSalutation(lines.get(i))) {
                salutation = i;
            }
        }
        int close = -1;
        for (int i = lines.size() - 1; i > Math.max(salutation, lines.size() - TAIL_LINES - 1) && close < 0; i--) {
            if (isClose(lines.get(i))) {
                close = i;
            }
        }
        return new LetterParts(lines, salutation, close);
    }

    static boolean isSalutation(String line) {
        String[] words = line.split("[\\s,]+");
        if (line.length() > 70 || words.length < 2) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("dear")) {
            return true;
        }
        // OCR's "lean Mr Crabbree,": a word near "Dear" before a form of address, on a line of its own.
        return first.length() >= 3
                && first.length() <= 5
                && CorrespondentName.distance(first, "dear") <= 2
                && ADDRESS_WORDS.contains(words[1].toLowerCase(Locale.ROOT).replace(".", ""))
                && words.length <= 7;
    }

    static boolean isClose(String line) {
        return line.length() <= 40 && CLOSE.matcher(line).find();
    }

    boolean hasSalutation() {
        return salutation >= 0;
    }

    boolean hasClose() {
        return close >= 0;
    }

    /** The salutation line, or null. */
    String salutation() {
        return hasSalutation() ? lines.get(salutation) : null;
    }

    /** The lines above the salutation: letterhead, addressee, references and date. */
    List<String> head() {
        return lines.subList(0, hasSalutation() ? salutation : Math.min(lines.size(), BARE_HEAD_LINES));
    }

    /** The lines below the close, down to any copies or enclosures: the signatories. */
    List<String> signature() {
        if (!hasClose()) {
            return List.of();
        }
        int end = close + 1;
        int filled = 0;
        while (end < lines.size()
                && filled < SIGNATURE_LINES
                && !COPIES.matcher(lines.get(end)).find()) {
            filled += lines.get(end).isEmpty() ? 0 : 1;
            end++;
        }
        return lines.subList(close + 1, end);
    }

    /** The letter's subject: a "Re:" line in its head, else a short heading right below the salutation; or null. */
    String subject() {
        for (String line : head()) {
            var labelled = SUBJECT_LABEL.matcher(line);
            if (labelled.matches()) {
                return labelled.group(1).strip();
            }
        }
        if (!hasSalutation()) {
            return null;
        }
        for (int i = salutation + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty()) {
                var labelled = SUBJECT_LABEL.matcher(line);
                return labelled.matches() ? labelled.group(1).strip() : headingOrNull(line);
            }
        }
        return null;
    }

    private static String headingOrNull(String line) {
        boolean heading = line.length() <= SUBJECT_CHARS
                && line.split("\\s+").length <= SUBJECT_WORDS
                && !Character.isLowerCase(line.codePointAt(0))
                && line.chars().anyMatch(Character::isLetter)
                && !line.endsWith(".")
                && !line.endsWith(",")
                && !line.endsWith(":");
        return heading ? line : null;
    }
}
