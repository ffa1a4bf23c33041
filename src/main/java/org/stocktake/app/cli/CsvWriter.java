package org.stocktake.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.shared.files.CsvDialect;

/** Writes a listing's data columns as CSV in Stocktake's one {@link CsvDialect}. */
final class CsvWriter {

    private CsvWriter() {}

    static <T> void write(Listing<T> listing, Writer out) throws IOException {
        List<Column<T>> columns = listing.dataColumns();
        CSVPrinter printer =
                CsvDialect.start(out, columns.stream().map(Column::name).toArray(String[]::new));
        for (T row : listing.rows()) {
            CsvDialect.printRow(
                    printer, columns.stream().map(c -> c.value().apply(row)).toArray());
        }
        printer.flush();
    }
}
