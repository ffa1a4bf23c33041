package org.stocktake.recommendations.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns of a recommendations CSV file, in the order an export writes them. */
enum CsvColumn {
    NUMBER,
    THEME,
    TITLE,
    TEXT,
    OWNER,
    PRIORITY,
    MILESTONE,
    SOURCE_DOCUMENT,
    SOURCE_PAGE,
    SUMMARY;

    /** The column's name in a header row, e.g. "source_page". */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isRequired() {
        return this == NUMBER || this == TITLE;
    }

    /** The column a header cell names; case, and "_", " " or "-" between words, do not matter. */
    static Optional<CsvColumn> forHeader(String cell) {
        String wanted = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }

    static String[] headers() {
        return Arrays.stream(values()).map(CsvColumn::header).toArray(String[]::new);
    }

    static String list() {
        return Arrays.stream(values()).map(CsvColumn::header).collect(Collectors.joining(", "));
    }
}
