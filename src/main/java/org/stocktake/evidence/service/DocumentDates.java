package org.stocktake.evidence.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of a document's dates is its own. A letter's date stands on a line of its own above the salutation; the dates
 * in its body are of other things ("your letter of 2 April", "by 1 April 2017"). Then come labelled dates ("Date:",
 * "Published"), a date in the heading, one at the foot, the file's own date, and last a date worked out from "fifteen
 * months since" an event the text dates.
 */
final class DocumentDates {

    /** Where to look for a document's own date when it has no salutation to mark the end of its head. */
    private static final int HEAD_LINES = 40;

    private static final int LABELLED_LINES = 120;
    private static final int HEADING_LINES = 5;
    /** Longer lines are prose, whose dates are of what it tells. */
    private static final int SHORT_LINE = 120;
    /** What may stand beside a date on its own line: "Date:", "Dated", a comma. */
    private static final Pattern LABEL_WORDS = Pattern.compile("(?i)\\b(?:date|dated|on|the)\\b|[^\\p{L}]");

    private static final Pattern LABELLED =
            Pattern.compile("(?i)\\b(?:date|dated|published|issued|held on|meeting on|meeting of|as at|effective)\\b");

    private DocumentDates() {}

    static DateFinder.Found find(DocumentText text, LetterParts letter, DocumentHints hints) {
        List<String> lines = text.lines();
        List<String> head =
                letter.hasSalutation() ? letter.head() : lines.subList(0, Math.min(lines.size(), HEAD_LINES));
        DateFinder.Found found = onItsOwn(head);
        if (found == null) {
            found = labelled(lines.subList(0, Math.min(lines.size(), LABELLED_LINES)));
        }
        if (found == null) {
            found = firstIn(text.filledLines().stream().limit(HEADING_LINES).toList());
        }
        if (found == null) {
            found = onItsOwn(letter.signature());
        }
        if (found == null && hints.date() != null) {
            found = new DateFinder.Found(hints.date(), DatePrecision.DAY, 0, 0);
        }
        return found != null ? found : ElapsedDateFinder.find(text.joined());
    }

    private static DateFinder.Found onItsOwn(List<String> lines) {
        for (String line : lines) {
            List<DateFinder.Found> dates = DateFinder.find(line);
            if (dates.size() == 1) {
                DateFinder.Found date = dates.get(0);
                String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
                if (LABEL_WORDS.matcher(rest).replaceAll("").length() < 3) {
                    return date;
                }
            }
        }
        return null;
    }

    private static DateFinder.Found labelled(List<String> lines) {
        for (String line : lines) {
            var label = LABELLED.matcher(line);
            if (line.length() <= SHORT_LINE && label.find()) {
                for (DateFinder.Found date : DateFinder.find(line)) {
                    if (date.start() >= label.end()) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static DateFinder.Found firstIn(List<String> lines) {
        for (String line : lines) {
            List<DateFinder.Found> dates = line.length() <= SHORT_LINE ? DateFinder.find(line) : List.of();
            if (!dates.isEmpty()) {
                return dates.get(0);
            }
        }
        return null;
    }
}
