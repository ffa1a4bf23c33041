package org.stocktake.shared.files;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Stocktake writes CSV, to a file or to standard output alike: UTF-8 starting with a byte-order mark (so
 * Excel reads it as UTF-8 rather than in the machine's old code page), RFC 4180 quoting, CR LF line ends, dates and
 * times in ISO 8601, and text that a spreadsheet would take for a formula made harmless.
 */
public final class CsvDialect {

    /** Written first, so that Excel opens the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * A cell Excel, LibreOffice or Google Sheets would run as a formula starts with one of these (OWASP's CSV
     * injection list). Quotes already in front are counted in, so that neutralising stays reversible: a cell that
     * really starts with {@code '=} is written as {@code ''=}.
     */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

    private static final Pattern NEUTRALISED = Pattern.compile("^'+[=+\\-@\t\r]");

    // RFC 4180: quotes only where needed, doubled quotes inside, CR LF after every row.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvDialect() {}

    /**
     * Writes the byte-order mark and the header row, and returns a printer for the rows. Print rows through
     * {@link #cell} (or {@link #printRow}); flush the printer, and close it only if {@code out} may be closed.
     */
    public static CSVPrinter start(Writer out, String... header) throws IOException {
        out.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord((Object[]) header);
        return printer;
    }

    /** Prints one row, each value made a cell by {@link #cell}. */
    public static void printRow(CSVPrinter printer, Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        printer.printRecord(cells);
    }

    /**
     * The text of one cell: empty for null, ISO 8601 for dates and times, numbers and yes/no flags as they are, and
     * text that starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) prefixed
     * with a single quote, which spreadsheets show as text rather than run. {@link #restore} undoes it.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        return FORMULA.matcher(text).find() ? "'" + text : text;
    }

    /**
     * The text a cell written by {@link #cell} stood for: one leading quote is dropped when quotes and then a formula
     * character follow it. Text that does not start so is returned unchanged.
     */
    public static String restore(String cell) {
        return cell != null && NEUTRALISED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
