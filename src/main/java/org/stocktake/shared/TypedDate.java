package org.stocktake.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a date as people in the panel type it: ISO (2015-12-31) or British day first (31/12/2015). Strict, so that
 * 31/02/2015 is refused rather than quietly becoming 28 February. One reader for forms and import files alike.
 */
public final class TypedDate {

    /** How to write a date, for messages. */
    public static final String EXAMPLES = "2015-12-31 or 31/12/2015";

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

    private TypedDate() {}

    /** The date, or empty when the text is not a date in either form. Blank text is not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, UK}) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException notThisForm) {
                // Try the next form.
            }
        }
        return Optional.empty();
    }
}
