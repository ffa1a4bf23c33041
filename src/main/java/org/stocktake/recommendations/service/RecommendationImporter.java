package org.stocktake.recommendations.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Transaction;

/**
 * Imports a review's recommendations from a CSV or JSON file in two steps: {@link #preview} reads and checks the file
 * without writing anything, so the user can see every problem at once; {@link #apply} writes a clean preview.
 */
public final class RecommendationImporter {

    /** Files above this size are refused unread: no real list of recommendations comes near it. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final RecommendationService service;

    public RecommendationImporter(RecommendationService service) {
        this.service = service;
    }

    /**
     * Reads and checks the file; never writes. The format comes from the extension (.csv or .json, in any case). An
     * unknown extension, a missing or unreadable file, anything but a regular file (a folder, a named pipe, a device),
     * or a file over {@link #MAX_BYTES} is a problem in the preview, not an exception.
     *
     * @param target where the rows go; required for CSV. For JSON it replaces the file's own review (a new review
     *     keeps the file's author, date and source); without it the file's review is created, or added to when a
     *     review with its code exists already
     */
    public ImportPreview preview(Path file, ImportTarget target) {
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        if (ExportFormat.forFileName(fileName).isEmpty()) {
            return unknownFormat(fileName, target);
        }
        try (InputStream content = ImportFile.open(file, MAX_BYTES)) {
            return preview(fileName, content, target);
        } catch (ImportFile.Refused e) {
            return unreadable(fileName, target, ImportProblem.inFile(e.getMessage()));
        } catch (IOException e) {
            return unreadable(fileName, target, ImportFile.cannotRead(file, e));
        }
    }

    /**
     * Reads and checks {@code content}, named {@code fileName}; never writes, and does not close the stream. Reads at
     * most {@link #MAX_BYTES} and one more byte. Otherwise as {@link #preview(Path, ImportTarget)}.
     */
    public ImportPreview preview(String fileName, InputStream content, ImportTarget target) {
        Optional<ExportFormat> format = ExportFormat.forFileName(fileName);
        if (format.isEmpty()) {
            return unknownFormat(fileName, target);
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return unreadable(fileName, target, ImportFile.cannotRead(fileName, e));
        }
        if (bytes.length > MAX_BYTES) {
            return unreadable(fileName, target, tooLarge());
        }
        ImportText text = ImportText.decode(bytes);
        if (text.problem() != null) {
            return unreadable(fileName, target, text.problem());
        }
        ImportedFile read = format.get() == ExportFormat.CSV
                ? CsvRecommendationReader.read(text.text())
                : JsonRecommendationReader.read(text.text());
        return new ImportCheck(service).check(fileName, format.get(), read, target);
    }

    /**
     * Checks rows that did not come from a file (recommendations proposed from a review's text, say) exactly as a
     * file's rows are checked; never writes. Problems name each row as "Row N", N being its {@code line}.
     *
     * @param sourceName what the rows came from, as the preview names it
     * @param target where the rows go; without it the preview says to choose a review
     */
    public ImportPreview preview(String sourceName, List<ImportRow> rows, ImportTarget target) {
        List<ImportProblem> problems = target == null
                ? List.of(ImportProblem.inFile("Choose the review these recommendations belong to."))
                : List.of();
        return new ImportCheck(service, "Row")
                .check(sourceName, null, new ImportedFile(null, rows, problems, true), target);
    }

    /**
     * Writes a clean preview in one transaction: the review if it is new, themes as first used, and the
     * recommendations in file order.
     *
     * @throws ValidationException listing the problems if the preview is not clean, or if the database refuses the
     *     rows (e.g. a number was taken since the preview); then nothing at all is written
     * @throws NotFoundException if the preview's existing review has been removed since
     */
    public ImportResult apply(ImportPreview preview) {
        return apply(preview, (tx, written) -> {});
    }

    /**
     * As {@link #apply(ImportPreview)}, then runs {@code alongside} in the same transaction with the recommendations
     * written, one for each of the preview's rows and in their order. Should it throw, nothing at all is written.
     */
    public ImportResult apply(ImportPreview preview, BiConsumer<Transaction, List<Recommendation>> alongside) {
        if (!preview.isClean()) {
            List<String> problems =
                    preview.problems().stream().map(ImportProblem::message).toList();
            throw new ValidationException(
                    problems.isEmpty() ? List.of("Choose the review these recommendations belong to.") : problems);
        }
        List<RecommendationDraft> drafts =
                preview.rows().stream().map(row -> row.toDraft(0)).toList();
        Review review = service.createAll(preview.review(), preview.reviewIsNew(), drafts, alongside);
        return new ImportResult(review, drafts.size());
    }

    private ImportPreview unreadable(String fileName, ImportTarget target, ImportProblem problem) {
        return new ImportCheck(service).check(fileName, null, ImportedFile.unreadable(problem), target);
    }

    private ImportPreview unknownFormat(String fileName, ImportTarget target) {
        return unreadable(
                fileName,
                target,
                ImportProblem.inFile("Stocktake imports .csv and .json files; '" + fileName + "' is neither."));
    }

    private static ImportProblem tooLarge() {
        return ImportProblem.inFile(ImportFile.tooLarge(MAX_BYTES));
    }
}
