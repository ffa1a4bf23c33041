package org.stocktake.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.recommendations.service.Recommendation;

/** How {@code recommendations list} prints: an aligned table for people, CSV or JSON for scripts. */
enum ListFormat {
    table {
        @Override
        void write(List<Recommendation> rows, PrintWriter out) {
            String[] header = {"REVIEW", "NO.", "THEME", "TITLE", "OWNER"};
            int[] widths = new int[header.length];
            List<String[]> cells = rows.stream().map(ListFormat::cells).toList();
            for (int i = 0; i < header.length; i++) {
                widths[i] = header[i].length();
                for (String[] row : cells) {
                    widths[i] = Math.max(widths[i], Math.min(row[i].length(), MAX_CELL));
                }
            }
            printRow(out, header, widths);
            cells.forEach(row -> printRow(out, row, widths));
            out.println(rows.size() + " recommendation(s)");
        }
    },
    csv {
        @Override
        void write(List<Recommendation> rows, PrintWriter out) {
            try (CSVPrinter printer =
                    CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build().print(out)) {
                for (Recommendation r : rows) {
                    printer.printRecord(
                            r.reviewCode(),
                            r.number(),
                            r.theme(),
                            r.title(),
                            r.owner(),
                            r.priority(),
                            r.milestone(),
                            r.uuid());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    json {
        @Override
        void write(List<Recommendation> rows, PrintWriter out) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (Recommendation r : rows) {
                ObjectNode node = array.addObject();
                node.put("review", r.reviewCode());
                node.put("number", r.number());
                node.put("theme", r.theme());
                node.put("title", r.title());
                node.put("owner", r.owner());
                node.put("priority", r.priority());
                node.put(
                        "milestone",
                        r.milestone() == null ? null : r.milestone().toString());
                node.put("uuid", r.uuid().toString());
            }
            try {
                out.println(mapper.writeValueAsString(array));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final String[] COLUMNS = {
        "review", "number", "theme", "title", "owner", "priority", "milestone", "uuid"
    };
    private static final int MAX_CELL = 60;

    abstract void write(List<Recommendation> rows, PrintWriter out);

    private static String[] cells(Recommendation r) {
        return new String[] {
            r.reviewCode(), r.number(), Objects.toString(r.theme(), ""), r.title(), Objects.toString(r.owner(), "")
        };
    }

    private static void printRow(PrintWriter out, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            String cell = row[i].length() > MAX_CELL ? row[i].substring(0, MAX_CELL - 1) + "…" : row[i];
            line.append(i == row.length - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
        }
        out.println(line.toString().stripTrailing());
    }
}
