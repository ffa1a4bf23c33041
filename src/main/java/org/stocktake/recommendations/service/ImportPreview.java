package org.stocktake.recommendations.service;

import java.util.List;

/**
 * What an import would do, read and checked but not written. {@code review} is the review the rows would go into
 * (null when it could not be decided) and {@code reviewIsNew} says whether the import would create it. The problems
 * are in line order; the rows are in file order and include rows that have problems.
 */
public record ImportPreview(
        String fileName, ReviewDraft review, boolean reviewIsNew, List<ImportRow> rows, List<ImportProblem> problems) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** True when nothing stops {@link RecommendationImporter#apply} writing this preview. */
    public boolean isClean() {
        return problems.isEmpty() && review != null;
    }
}
