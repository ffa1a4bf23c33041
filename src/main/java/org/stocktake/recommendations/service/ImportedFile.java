package org.stocktake.recommendations.service;

import java.util.List;

/**
 * What a reader made of a file: the file's own review (JSON only, else null), its rows and its problems.
 * {@code readToEnd} is false when reading stopped early, so that what is missing may only be unread.
 */
record ImportedFile(ReviewDraft review, List<ImportRow> rows, List<ImportProblem> problems, boolean readToEnd) {

    static ImportedFile unreadable(ImportProblem problem) {
        return new ImportedFile(null, List.of(), List.of(problem), false);
    }
}
