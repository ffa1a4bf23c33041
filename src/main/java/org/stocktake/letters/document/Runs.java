package org.stocktake.letters.document;

import java.util.List;

/** Reading a line of runs as plain text; a citation mark reads as nothing. */
final class Runs {
    private Runs() {}

    static String plainText(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
