package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a listing for people: a heading row, a rule under it, the rows in aligned columns two spaces apart, and the
 * count. Control characters are shown escaped (see {@link TerminalText}); a cell longer than {@link #MAX_CELL}
 * characters is cut with an ellipsis.
 */
final class TableWriter {

    static final int MAX_CELL = 60;
    private static final String GAP = "  ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TableWriter() {}

    static <T> void write(Listing<T> listing, PrintWriter out) {
        List<Column<T>> columns = listing.tableColumns();
        List<String[]> rows = new ArrayList<>();
        String[] headings = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            headings[i] = columns.get(i).heading();
        }
        for (T row : listing.rows()) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                cells[i] = cell(columns.get(i).value().apply(row));
            }
            rows.add(cells);
        }
        int[] widths = widths(headings, rows);
        printRow(out, headings, widths);
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rules[i] = "-".repeat(widths[i]);
        }
        printRow(out, rules, widths);
        rows.forEach(row -> printRow(out, row, widths));
        out.println(Plural.count(listing.rows().size(), listing.noun()));
        out.flush();
    }

    /** What a value shows as: escaped, and cut to {@link #MAX_CELL} characters. */
    static String cell(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof OffsetDateTime time) {
            text = time.format(TIME);
        } else {
            text = TerminalText.escape(value.toString());
        }
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_CELL) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
    }

    private static int[] widths(String[] headings, List<String[]> rows) {
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = width(headings[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        return widths;
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static void printRow(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - width(cells[i]))).append(GAP);
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
