package org.stocktake.evidence.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What sort of document a text is, from its words: a press release by its "ENDS", a letter by its salutation or
 * close, minutes by who was present, and the rest by the words of their heading; the file's name is a last, weak hint.
 */
final class KindFinder {

    /** A letter longer than this with no salutation is a report that quotes one. */
    private static final int LETTER_CHARS = 20_000;
    /** A document at least this long, with enough headings, is a report. */
    private static final int REPORT_CHARS = 8_000;

    private static final int REPORT_HEADINGS = 3;
    private static final int TOP_LINES = 10;
    private static final int MINUTES_LINES = 80;

    private static final Pattern ENDS = Pattern.compile("(?i)^[-*#\\s]*ends[-*#\\s.]*$");
    private static final Pattern RELEASE = Pattern.compile(
            "(?i)\\b(?:press|news|media) release\\b|\\bfor immediate release\\b|\\bembargoed\\b|^notes? to editors");
    private static final Pattern PRESENT = Pattern.compile(
            "(?i)^(?:present|apologies(?: for absence)?|attendees" + "|in attendance|attending)\\b\\s*[:.-]?");
    private static final Pattern MINUTES = Pattern.compile("(?i)\\bminutes\\b");
    private static final Pattern BUDGET = Pattern.compile("(?i)\\bbudget\\b");
    private static final Pattern STOCKTAKE = Pattern.compile("(?i)\\bstock ?-?take\\b");
    private static final Pattern REPORT =
            Pattern.compile("(?i)\\b(?:report|review|assessment|inspection|evaluation|progress update)\\b");
    private static final Pattern LETTER = Pattern.compile("(?i)\\bletter\\b");
    private static final Pattern PRESS = Pattern.compile("(?i)\\bpress\\W*release|\\bnews\\W*release");

    private KindFinder() {}

    /**
     * @param headings the document's first meaningful lines and any title its file gives
     * @param panelSends whether one of the letter's senders is the panel or a member of it
     */
    static EvidenceKind kind(
            DocumentText text, LetterParts letter, List<String> headings, boolean panelSends, String fileName) {
        List<String> lines = text.filledLines();
        if (lines.stream().anyMatch(line -> ENDS.matcher(line).matches())
                || lines.stream().limit(TOP_LINES).anyMatch(line -> RELEASE.matcher(line)
                        .find())) {
            return EvidenceKind.PRESS_RELEASE;
        }
        if (letter.hasSalutation() || (letter.hasClose() && text.length() <= LETTER_CHARS)) {
            return panelSends ? EvidenceKind.LETTER_OUT : EvidenceKind.LETTER_IN;
        }
        String heading = String.join(" ", headings);
        if (MINUTES.matcher(heading).find()
                || lines.stream().limit(MINUTES_LINES).anyMatch(line -> PRESENT.matcher(line)
                        .lookingAt())) {
            return EvidenceKind.MINUTES;
        }
        EvidenceKind byHeading = byWords(heading, panelSends);
        if (byHeading != null && byHeading != EvidenceKind.LETTER_IN && byHeading != EvidenceKind.LETTER_OUT) {
            return byHeading;
        }
        if (text.length() >= REPORT_CHARS && headingCount(lines) >= REPORT_HEADINGS) {
            return EvidenceKind.REPORT;
        }
        String name = fileName == null ? "" : fileName.replaceAll("[_\\-.]+", " ");
        EvidenceKind byName = PRESS.matcher(name).find() ? EvidenceKind.PRESS_RELEASE : byWords(name, panelSends);
        return byName == null ? EvidenceKind.OTHER : byName;
    }

    private static EvidenceKind byWords(String words, boolean panelSends) {
        if (MINUTES.matcher(words).find()) {
            return EvidenceKind.MINUTES;
        }
        if (BUDGET.matcher(words).find()) {
            return EvidenceKind.BUDGET;
        }
        if (STOCKTAKE.matcher(words).find()) {
            return EvidenceKind.STOCKTAKE;
        }
        if (REPORT.matcher(words).find()) {
            return EvidenceKind.REPORT;
        }
        if (LETTER.matcher(words).find()) {
            return panelSends ? EvidenceKind.LETTER_OUT : EvidenceKind.LETTER_IN;
        }
        return null;
    }

    /** Short lines without a full stop, each followed by a paragraph: a report's section headings. */
    private static int headingCount(List<String> lines) {
        int count = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            boolean heading = line.length() >= 3
                    && line.length() <= 80
                    && !line.endsWith(".")
                    && !line.endsWith(",")
                    && Character.isUpperCase(line.codePointAt(0))
                    && line.split("\\s+").length <= 12;
            if (heading && lines.get(i + 1).length() > 100) {
                count++;
            }
        }
        return count;
    }
}
