package org.stocktake.recommendations.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stocktake.shared.files.CsvDialect;

/** Reads recommendations from CSV text whose first row names the columns. */
final class CsvRecommendationReader {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build();

    private final String text;
    private final LineIndex lines;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private String[] headerNames = new String[0];

    private CsvRecommendationReader(String text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }

    static ImportedFile read(String text) {
        if (text.isBlank()) {
            return ImportedFile.unreadable(ImportProblem.inFile("The file is empty."));
        }
        CsvRecommendationReader reader = new CsvRecommendationReader(text);
        reader.readAll();
        return new ImportedFile(null, reader.rows, reader.problems, true);
    }

    private void readAll() {
        long linesDone = 0;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.next();
            linesDone = parser.getCurrentLineNumber();
            CsvColumn[] columns = columns(header);
            if (columns == null) {
                return;
            }
            headerNames = header.values();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                linesDone = parser.getCurrentLineNumber();
                if (record.stream().anyMatch(cell -> !cell.isBlank())) {
                    rows.add(row(record, columns));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The parser cannot say where the broken record began, only where the last good one ended.
            int line = lines.firstLineWithTextFrom(lines.startOf(linesDone + 1));
            problems.add(
                    ImportProblem.at(
                            line,
                            null,
                            "this row cannot be read as CSV: a quoted cell is not closed, or has text after its closing quote."));
            return;
        }
        if (rows.isEmpty()) {
            problems.add(ImportProblem.inFile("The file has a header row but no recommendations."));
        }
    }

    /** The column of each cell of the header, null for a blank cell; null for all when a required one is missing. */
    private CsvColumn[] columns(CSVRecord header) {
        int line = lineOf(header);
        CsvColumn[] columns = new CsvColumn[header.size()];
        Map<CsvColumn, Integer> seen = new EnumMap<>(CsvColumn.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            columns[i] = CsvColumn.forHeader(name).orElse(null);
            if (columns[i] == null) {
                problems.add(ImportProblem.at(
                        line,
                        name,
                        "the column '" + name.strip() + "' is not one Stocktake knows (the columns are "
                                + CsvColumn.list() + ")."));
            } else if (seen.putIfAbsent(columns[i], i) != null) {
                problems.add(ImportProblem.at(
                        line, name, "the column '" + columns[i].header() + "' appears more than once."));
            }
        }
        boolean complete = true;
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isRequired() && !seen.containsKey(column)) {
                problems.add(ImportProblem.at(
                        line,
                        column.header(),
                        "there is no '" + column.header() + "' column; every recommendation needs one."));
                complete = false;
            }
        }
        return complete ? columns : null;
    }

    private ImportRow row(CSVRecord record, CsvColumn[] columns) {
        int line = lineOf(record);
        Map<CsvColumn, String> cells = new EnumMap<>(CsvColumn.class);
        boolean strayCell = false;
        for (int i = 0; i < record.size(); i++) {
            CsvColumn column = i < columns.length ? columns[i] : null;
            if (column != null) {
                cells.putIfAbsent(column, ImportValues.clean(CsvDialect.restore(record.get(i))));
            } else if (!record.get(i).isBlank() && (i >= headerNames.length || headerNames[i].isBlank())) {
                // A cell under an unknown column is already reported once, with the header.
                strayCell = true;
            }
        }
        if (strayCell) {
            problems.add(ImportProblem.at(line, null, "a cell is outside the named columns of the header row."));
        }
        return new ImportRow(
                line,
                cells.get(CsvColumn.NUMBER),
                cells.get(CsvColumn.THEME),
                cells.get(CsvColumn.TITLE),
                cells.get(CsvColumn.TEXT),
                cells.get(CsvColumn.OWNER),
                cells.get(CsvColumn.PRIORITY),
                ImportValues.date(
                        cells.get(CsvColumn.MILESTONE), line, CsvColumn.MILESTONE.header(), "milestone", problems),
                cells.get(CsvColumn.SOURCE_DOCUMENT),
                ImportValues.page(cells.get(CsvColumn.SOURCE_PAGE), line, CsvColumn.SOURCE_PAGE.header(), problems),
                ImportValues.summary(cells.get(CsvColumn.SUMMARY), line, CsvColumn.SUMMARY.header(), problems));
    }

    /** Skipped blank lines count towards a record's position, so the record starts at the first line after them. */
    private int lineOf(CSVRecord record) {
        return lines.firstLineWithTextFrom(record.getCharacterPosition());
    }
}
