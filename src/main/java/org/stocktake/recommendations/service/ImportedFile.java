package org.stocktake.recommendations.service;

import java.util.List;

/** What a reader made of a file: the file's own review (JSON only, else null), its rows and its problems. */
record ImportedFile(ReviewDraft review, List<ImportRow> rows, List<ImportProblem> problems) {

    static ImportedFile unreadable(ImportProblem problem) {
        return new ImportedFile(null, List.of(), List.of(problem));
    }
}
