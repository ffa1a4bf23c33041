package org.stocktake.recommendations.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.shared.NotFoundException;

/**
 * Writes a review's live recommendations as CSV or JSON, in the formats {@link RecommendationImporter} reads: an
 * export imported into another review gives the same recommendations back.
 */
public final class RecommendationExporter {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader(CsvColumn.headers()).build();

    private final RecommendationService service;

    public RecommendationExporter(RecommendationService service) {
        this.service = service;
    }

    /**
     * Writes the review's live recommendations, in their order, to {@code out} as UTF-8; flushes but does not close
     * it. Notes are not exported: they are the panel's own working, not part of the review.
     *
     * @throws NotFoundException if no review has this code
     * @throws UncheckedIOException if writing fails
     */
    public void export(String reviewCode, ExportFormat format, OutputStream out) {
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

    /**
     * Writes the review's live recommendations to {@code file}, in the format its extension names, replacing any file
     * already there. The export goes to a temporary file beside it that is then moved into place, so a failure never
     * leaves a half-written file, nor harms the one it would have replaced.
     *
     * @throws IllegalArgumentException if the file name ends in neither .csv nor .json
     * @throws NotFoundException if no review has this code
     * @throws UncheckedIOException if the folder does not exist or the file cannot be written
     */
    public void export(String reviewCode, Path file) {
        ExportFormat format = ExportFormat.forFile(file);
        service.review(reviewCode);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UncheckedIOException(
                    new IOException("Cannot export to " + file + ": the folder " + folder + " does not exist."));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                export(reviewCode, format, out);
            }
            moveIntoPlace(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot export to " + file + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static void writeCsv(List<Recommendation> recommendations, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // The byte-order mark makes Excel read the file as UTF-8 rather than in the machine's old code page.
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        for (Recommendation r : recommendations) {
            printer.printRecord(
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

    private static void writeJson(Review review, List<Recommendation> recommendations, OutputStream out)
            throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(printer);
        json.writeStartObject();
        json.writeStringField("format", JsonRecommendationReader.FORMAT);
        json.writeNumberField("version", JsonRecommendationReader.VERSION);
        json.writeObjectFieldStart("review");
        optional(json, "code", review.code());
        optional(json, "title", review.title());
        optional(json, "author", review.author());
        optional(json, "published", review.publishedOn());
        optional(json, "source", review.sourceDocument());
        json.writeEndObject();
        json.writeArrayFieldStart("recommendations");
        for (Recommendation r : recommendations) {
            json.writeStartObject();
            optional(json, "number", r.number());
            optional(json, "theme", r.theme());
            optional(json, "title", r.title());
            optional(json, "text", r.body());
            optional(json, "owner", r.owner());
            optional(json, "priority", r.priority());
            optional(json, "milestone", r.milestone());
            optional(json, "sourceDocument", r.source().document());
            if (r.source().page() != null) {
                json.writeNumberField("sourcePage", r.source().page());
            }
            json.writeBooleanField("summary", r.summaryOnly());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    // Absent values are left out, as in the demo file, rather than written as null.
    private static void optional(JsonGenerator json, String name, Object value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value instanceof LocalDate date ? date.toString() : value.toString());
        }
    }
}
