package org.stocktake.recommendations.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stocktake.shared.TextHygiene;

/** Decides which review a file's rows go into and checks the rows against it and each other. Reads only. */
final class ImportCheck {

    private final RecommendationService service;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final String rowName;

    ImportCheck(RecommendationService service) {
        this(service, "Line");
    }

    /** @param rowName what a row is called in the problems: "Line" for a file's lines */
    ImportCheck(RecommendationService service, String rowName) {
        this.service = service;
        this.rowName = rowName;
    }

    /** @param format null when the file could not be read at all */
    ImportPreview check(String fileName, ExportFormat format, ImportedFile file, ImportTarget target) {
        problems.addAll(file.problems());
        ReviewDraft review = null;
        boolean isNew = false;
        Optional<Review> existing = Optional.empty();
        if (target != null) {
            String code = ImportValues.clean(target.reviewCode());
            isNew = target.isNew();
            existing = code == null || isNew ? Optional.empty() : service.findReview(code);
            review = isNew ? newReview(code, target.newReviewTitle(), file.review()) : existingReview(code, existing);
        } else if (file.review() != null) {
            // A file whose review is already here adds to it, so that numbers already used show as clashes.
            existing = Optional.ofNullable(file.review().code()).flatMap(service::findReview);
            isNew = existing.isEmpty();
            review = isNew
                    ? checkedNew(file.review())
                    : existingReview(file.review().code(), existing);
        } else if (format == ExportFormat.CSV) {
            problems.add(ImportProblem.inFile("Choose the review these recommendations belong to."));
        } else if (format == ExportFormat.JSON && file.readToEnd()) {
            problems.add(ImportProblem.inFile(
                    "The file has no \"review\" block; choose the review these recommendations belong to."));
        }
        checkRows(file.rows(), existing.orElse(null));
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportPreview(fileName, review, isNew, file.rows(), problems);
    }

    /** The target's code and title, and whatever else the file says of its own review. */
    private ReviewDraft newReview(String code, String title, ReviewDraft fromFile) {
        ReviewDraft draft = fromFile == null
                ? new ReviewDraft(code, ImportValues.clean(title), null, null, null)
                : new ReviewDraft(
                        code,
                        ImportValues.clean(title),
                        fromFile.author(),
                        fromFile.publishedOn(),
                        fromFile.sourceDocument());
        return checkedNew(draft);
    }

    private ReviewDraft checkedNew(ReviewDraft draft) {
        List<String> reviewProblems = draft.problems();
        reviewProblems.forEach(p -> problems.add(ImportProblem.inFile(p)));
        if (reviewProblems.isEmpty() && service.findReview(draft.code()).isPresent()) {
            problems.add(ImportProblem.inFile("A review with the code '" + draft.code()
                    + "' already exists. Choose it, or give the new review another code."));
        }
        return draft;
    }

    private ReviewDraft existingReview(String code, Optional<Review> existing) {
        if (code == null) {
            problems.add(ImportProblem.inFile("Choose the review these recommendations belong to."));
            return null;
        }
        if (existing.isEmpty()) {
            problems.add(ImportProblem.inFile("There is no review with the code '" + code + "'."));
            return null;
        }
        Review review = existing.get();
        return new ReviewDraft(
                review.code(), review.title(), review.author(), review.publishedOn(), review.sourceDocument());
    }

    private void checkRows(List<ImportRow> rows, Review existing) {
        Set<String> taken = new HashSet<>();
        if (existing != null) {
            service.recommendations(existing.id()).forEach(r -> taken.add(RecommendationDraft.numberKey(r.number())));
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            row.toDraft(0).problems().forEach(p -> problems.add(ImportProblem.at(rowName, row.line(), null, p)));
            if (row.number() == null) {
                continue;
            }
            String key = RecommendationDraft.numberKey(row.number());
            if (key == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(ImportProblem.at(
                        rowName,
                        row.line(),
                        "number",
                        "the number '" + row.number() + "'" + readAs(row.number()) + " is also used on "
                                + rowName.toLowerCase(Locale.ROOT) + " " + earlier
                                + "; each recommendation needs its own."));
            } else if (taken.contains(key)) {
                problems.add(ImportProblem.at(
                        rowName,
                        row.line(),
                        "number",
                        "recommendation " + row.number() + readAs(row.number()) + " already exists in the review '"
                                + existing.code() + "'."));
            }
        }
    }

    /** How a number that is not in its normal form is read, so that a clash between "５" and "5" makes sense. */
    private static String readAs(String number) {
        String normal = TextHygiene.identifier(number);
        return number.equals(normal) ? "" : " (read as '" + normal + "')";
    }
}
