package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stocktake.shared.TypedDate;

/** Reads the typed values of an import file (dates, page numbers, yes/no) the same way for CSV and JSON. */
final class ImportValues {

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
        Optional<LocalDate> date = TypedDate.parse(text);
        if (date.isEmpty()) {
            problems.add(ImportProblem.at(
                    line, column, "the " + what + " '" + text + "' is not a date (use " + TypedDate.EXAMPLES + ")."));
        }
        return date.orElse(null);
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
