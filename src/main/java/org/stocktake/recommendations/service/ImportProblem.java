package org.stocktake.recommendations.service;

/**
 * Something in an import file that stops it being imported. {@code line} is the physical line of the file (0 when
 * the problem is with the file as a whole); {@code column} names the CSV column or JSON field when one is to blame,
 * else it is null. {@code message} is written for a person and already names the line.
 */
public record ImportProblem(int line, String column, String message) {

    static ImportProblem at(int line, String column, String text) {
        return at("Line", line, column, text);
    }

    /** As {@link #at(int, String, String)}, for rows that are not lines of a file (e.g. "Row 3"). */
    static ImportProblem at(String rowName, int line, String column, String text) {
        return new ImportProblem(line, column, rowName + " " + line + ": " + text);
    }

    static ImportProblem inFile(String message) {
        return new ImportProblem(0, null, message);
    }
}
