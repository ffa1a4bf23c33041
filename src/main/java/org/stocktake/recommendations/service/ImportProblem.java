package org.stocktake.recommendations.service;

/**
 * Something in an import file that stops it being imported. {@code line} is the physical line of the file (0 when
 * the problem is with the file as a whole); {@code column} names the CSV column or JSON field when one is to blame,
 * else it is null. {@code message} is written for a person and already names the line.
 */
public record ImportProblem(int line, String column, String message) {

    static ImportProblem at(int line, String column, String text) {
        return new ImportProblem(line, column, "Line " + line + ": " + text);
    }

    static ImportProblem inFile(String message) {
        return new ImportProblem(0, null, message);
    }
}
