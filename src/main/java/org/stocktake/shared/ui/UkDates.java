package org.stocktake.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates as the panel writes them ("11 Jan 2016"), whatever the computer's locale: a letter's date must never be read
 * month first. Typed dates are taken in the usual British forms; anything else is left as no date.
 */
public final class UkDates extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            SHOWN,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK),
            DateTimeFormatter.ISO_LOCAL_DATE);

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // Try the next form.
            }
        }
        return null;
    }
}
