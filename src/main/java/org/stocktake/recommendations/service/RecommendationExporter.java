package org.stocktake.recommendations.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.files.CsvDialect;
import org.stocktake.shared.files.FileWriteException;
import org.stocktake.shared.files.JsonDialect;

/**
 * Writes a review's live recommendations as CSV or JSON, in the formats {@link RecommendationImporter} reads: an
 * export imported into another review gives the same recommendations back. Both formats are written in Stocktake's
 * one {@link CsvDialect} and {@link JsonDialect}, whether to a file or to a stream.
 */
public final class RecommendationExporter {

    private final RecommendationService service;

    public RecommendationExporter(RecommendationService service) {
        this.service = service;
    }

    /**
     * Writes the review's live recommendations, in their order, to {@code out}; flushes but does not close it. Notes
     * are not exported: they are the panel's own working, not part of the review.
     *
     * @throws NotFoundException if no review has this code
     * @throws UncheckedIOException if writing fails
     */
    public void export(String reviewCode, ExportFormat format, Writer out) {
        Review review = service.review(reviewCode);
        List<Recommendation> recommendations = service.recommendations(review.id());
        try {
            if (format == ExportFormat.CSV) {
                writeCsv(recommendations, out);
            } else {
                writeJson(review, recommendations, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written: " + e.getMessage(), e);
        }
    }

    /** As {@link #export(String, ExportFormat, Writer)}, as UTF-8 bytes. */
    public void export(String reviewCode, ExportFormat format, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        export(reviewCode, format, writer);
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the review's live recommendations to {@code file}, in the format its extension names; as
     * {@link #export(String, ExportFormat, Path)}.
     *
     * @throws IllegalArgumentException if the file name ends in neither .csv nor .json
     */
    public void export(String reviewCode, Path file) {
        export(reviewCode, ExportFormat.forFile(file), file);
    }

    /**
     * Writes the review's live recommendations to {@code file} in {@code format}, replacing any file already there,
     * whole or not at all (see {@link AtomicFile}).
     *
     * @throws NotFoundException if no review has this code; nothing is written
     * @throws FileWriteException if the file cannot be written, with a sentence that says why
     */
    public void export(String reviewCode, ExportFormat format, Path file) {
        service.review(reviewCode);
        AtomicFile.writeText(file, out -> export(reviewCode, format, out));
    }

    private static void writeCsv(List<Recommendation> recommendations, Writer out) throws IOException {
        CSVPrinter printer = CsvDialect.start(out, CsvColumn.headers());
        for (Recommendation r : recommendations) {
            CsvDialect.printRow(
                    printer,
                    r.number(),
                    r.theme(),
                    r.title(),
                    r.body(),
                    r.owner(),
                    r.priority(),
                    r.milestone(),
                    r.source().document(),
                    r.source().page(),
                    r.summaryOnly() ? "yes" : "no");
        }
        // Not closed: that would close the caller's stream.
        printer.flush();
    }

    private static void writeJson(Review review, List<Recommendation> recommendations, Writer out) throws IOException {
        ObjectNode document = JsonDialect.mapper().createObjectNode();
        document.put("format", JsonRecommendationReader.FORMAT);
        document.put("version", JsonRecommendationReader.VERSION);
        ObjectNode about = document.putObject("review");
        about.put("code", review.code());
        about.put("title", review.title());
        about.put("author", review.author());
        about.put("published", text(review.publishedOn()));
        about.put("source", review.sourceDocument());
        ArrayNode list = document.putArray("recommendations");
        for (Recommendation r : recommendations) {
            ObjectNode item = list.addObject();
            item.put("number", r.number());
            item.put("theme", r.theme());
            item.put("title", r.title());
            item.put("text", r.body());
            item.put("owner", r.owner());
            item.put("priority", r.priority());
            item.put("milestone", text(r.milestone()));
            item.put("sourceDocument", r.source().document());
            item.put("sourcePage", r.source().page());
            item.put("summary", r.summaryOnly());
        }
        JsonDialect.write(document, out);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
