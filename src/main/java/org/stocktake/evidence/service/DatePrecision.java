package org.stocktake.evidence.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How much of a document's date is known: a press release dated "March 2016" is stored as 1 March 2016 with the
 * precision {@link #MONTH}, and shown as the month, never as a made-up first day.
 */
public enum DatePrecision {
    DAY("d MMMM uuuu"),
    MONTH("MMMM uuuu"),
    YEAR("uuuu");

    private final DateTimeFormatter format;

    DatePrecision(String pattern) {
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }

    /** The date as far as it is known, e.g. "11 January 2016", "March 2016" or "2016". */
    public String show(LocalDate date) {
        return date == null ? "" : format.format(date);
    }
}
