package org.stocktake.app.cli;

import java.util.List;

/**
 * Rows a command prints, with their columns and what one row is called ("recommendation"), so that every list and
 * export is written by the same {@link TableWriter}, {@link CsvWriter} and {@link JsonWriter}.
 */
record Listing<T>(String noun, List<Column<T>> columns, List<T> rows) {

    Listing {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    List<Column<T>> tableColumns() {
        return columns.stream().filter(Column::inTable).toList();
    }

    List<Column<T>> dataColumns() {
        return columns.stream().filter(Column::inData).toList();
    }
}
