package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A document's title: a letter's subject line, else who wrote to whom and when; anything else by its heading. The
 * file's own title comes after the text's: a PDF's title is as often "Microsoft Word - draft3.docx" as a real one.
 */
final class DocumentTitle {

    static final int MAX_CHARS = 150;

    private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)^(?:sent (?:by|via) e-?mail|by e-?mail"
            + "|private(?: and confidential)?|confidential|official(?:-sensitive)?|draft|page \\d+.*|tags\\b.*|top"
            + "|www\\..*|https?:.*|tel\\b.*|email\\b.*|contents)$");
    private static final Pattern JUNK_FILE_TITLE =
            Pattern.compile("(?i)^(?:microsoft \\w+ - .*|untitled.*|document\\d*|.*\\.(?:docx?|pdf|txt|odt|rtf))$");

    private DocumentTitle() {}

    static String forLetter(
            LetterParts letter, DocumentHints hints, List<Correspondent> from, List<Correspondent> to, String date) {
        String subject = letter.subject();
        if (subject != null && !subject.isBlank()) {
            return shortened(subject);
        }
        if (usable(hints.subject())) {
            return shortened(hints.subject().strip());
        }
        StringBuilder title = new StringBuilder("Letter");
        if (!from.isEmpty()) {
            title.append(" from ").append(names(from));
        }
        if (!to.isEmpty()) {
            title.append(" to ").append(names(to));
        }
        if (!date.isEmpty()) {
            title.append(", ").append(date);
        }
        return title.toString();
    }

    static String forDocument(List<String> headings, DocumentHints hints, String fileName) {
        if (usable(hints.subject())) {
            return shortened(hints.subject().strip());
        }
        if (!headings.isEmpty()) {
            return shortened(headings.get(0));
        }
        if (usable(hints.title())) {
            return shortened(hints.title().strip());
        }
        return fromFileName(fileName);
    }

    /** The first lines that read as a heading, at most {@code count}, skipping letterhead noise and dates. */
    static List<String> headings(List<String> filled, int count) {
        List<String> headings = new ArrayList<>();
        for (String line : filled) {
            if (headings.size() >= count) {
                break;
            }
            if (isMeaningful(line)) {
                headings.add(line);
            }
        }
        return headings;
    }

    static String fromFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Untitled document";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        name = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[_]+", " ").strip();
        return name.isEmpty() ? "Untitled document" : shortened(name);
    }

    private static boolean isMeaningful(String line) {
        if (line.length() < 4 || NOT_A_TITLE.matcher(line).matches()) {
            return false;
        }
        long letters = line.chars().filter(Character::isLetter).count();
        long visible = line.chars().filter(c -> !Character.isWhitespace(c)).count();
        long words = List.of(line.split("\\s+")).stream()
                .filter(w -> w.chars().filter(Character::isLetter).count() >= 2)
                .count();
        if (letters * 2 < visible || words < 2) {
            return false;
        }
        List<DateFinder.Found> dates = DateFinder.find(line);
        return dates.isEmpty()
                || line.length() - (dates.get(0).end() - dates.get(0).start()) > 12;
    }

    private static boolean usable(String hint) {
        return hint != null
                && !hint.isBlank()
                && !JUNK_FILE_TITLE.matcher(hint.strip()).matches();
    }

    private static String names(List<Correspondent> people) {
        List<String> names = people.stream().map(Correspondent::name).collect(Collectors.toList());
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= MAX_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_CHARS - 1);
        return line.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1).strip() + "\u2026";
    }

    static String shown(LocalDate date, DatePrecision precision) {
        return date == null || precision == null ? "" : precision.show(date);
    }
}
