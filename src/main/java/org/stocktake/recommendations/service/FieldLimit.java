package org.stocktake.recommendations.service;

import java.util.List;
import java.util.Locale;
import org.stocktake.shared.TextHygiene;

/**
 * What one text field accepts: at most {@code max} characters (Java characters, as H2 counts them; PostgreSQL counts
 * code points, never more), and for a single-line field no line breaks, tabs or text-direction controls. The same
 * limit is checked for the form, each import line and the service, and the column that stores the field is as wide.
 *
 * @param name the field as the user knows it, e.g. "title" or "source document"
 */
public record FieldLimit(String name, int max, boolean multiLine) {

    static FieldLimit line(String name, int max) {
        return new FieldLimit(name, max, false);
    }

    static FieldLimit lines(String name, int max) {
        return new FieldLimit(name, max, true);
    }

    /**
     * The one sentence that says why {@code value} cannot be stored in this field and what to do, or null when it
     * can. Null or empty values are fine here; whether a field is required is the draft's business.
     */
    public String problem(String value) {
        if (value == null) {
            return null;
        }
        String refused = TextHygiene.firstRefused(value, multiLine);
        if (refused != null) {
            return "The " + name + " contains " + refused + ".";
        }
        if (value.length() > max) {
            return "The " + name + " is longer than " + grouped(max) + " characters (it has " + grouped(value.length())
                    + "); shorten it.";
        }
        return null;
    }

    /** Adds {@link #problem}'s sentence to {@code problems} when there is one. */
    void check(String value, List<String> problems) {
        String problem = problem(value);
        if (problem != null) {
            problems.add(problem);
        }
    }

    private static String grouped(int count) {
        return String.format(Locale.UK, "%,d", count);
    }
}
