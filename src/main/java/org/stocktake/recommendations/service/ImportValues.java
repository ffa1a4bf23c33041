package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the typed values of an import file (dates, page numbers, yes/no) the same way for CSV and JSON. */
final class ImportValues {

    // Strict, so that 31/02/2015 is refused rather than quietly becoming 28 February.
    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private ImportValues() {}

    /** Blank becomes null, anything else loses its surrounding white space. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** An ISO (2015-12-31) or UK (31/12/2015) date; null, with a problem added, when it is neither. */
    static LocalDate date(String value, int line, String column, String what, List<ImportProblem> problems) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        LocalDate date = parse(text, ISO);
        if (date == null) {
            date = parse(text, UK);
        }
        if (date != null) {
            return date;
        }
        problems.add(ImportProblem.at(
                line, column, "the " + what + " '" + text + "' is not a date (use 2015-12-31 or 31/12/2015)."));
        return null;
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A page number; null, with a problem added, when it is not a whole number. Whole numbers below 1 are returned
     * so that {@link RecommendationDraft#problems()} reports them in its own words.
     */
    static Integer page(String value, int line, String column, List<ImportProblem> problems) {
        String text = clean(value);
        if (text == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            problems.add(ImportProblem.at(
                    line, column, "the source page '" + text + "' is not a whole number (use e.g. 12)."));
            return null;
        }
        return Integer.valueOf(text);
    }

    /** Whether the recommendation is only a summary; blank is no. A word that is not yes or no adds a problem. */
    static boolean summary(String value, int line, String column, List<ImportProblem> problems) {
        String text = clean(value);
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1":
                return true;
            case "false", "no", "n", "0":
                return false;
            default:
                problems.add(ImportProblem.at(
                        line,
                        column,
                        "summary '" + text + "' is not yes or no (use yes, no, true, false, y, n, 1 or 0)."));
                return false;
        }
    }
}
