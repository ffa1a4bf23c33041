package org.stocktake.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.stocktake.recommendations.service.ExportFormat;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.AtomicFile;

/**
 * Where every list and export goes, written the same way by every command: a list to standard output as a table, CSV
 * or JSON; an export to the file named (whole or not at all) or, when none is named, to standard output.
 */
final class Output {

    private Output() {}

    static <T> void list(Listing<T> listing, ListFormat format, PrintWriter out) {
        try {
            switch (format) {
                case TABLE -> TableWriter.write(listing, out);
                case CSV -> CsvWriter.write(listing, out);
                case JSON -> JsonWriter.write(listing, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finish(out);
    }

    /** Writes {@code content} to {@code file}, or to {@code out} when {@code file} is null. */
    static void export(Path file, PrintWriter out, AtomicFile.Text content) {
        if (file != null) {
            AtomicFile.writeText(file, content);
            return;
        }
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finish(out);
    }

    /** Writes a listing's data as CSV or JSON to {@code file}, or to {@code out} when {@code file} is null. */
    static <T> void export(Listing<T> listing, ExportFormat format, Path file, PrintWriter out) {
        export(file, out, writer -> {
            if (format == ExportFormat.CSV) {
                CsvWriter.write(listing, writer);
            } else {
                JsonWriter.write(listing, writer);
            }
        });
    }

    /**
     * The format of an export: what {@code --format} says, else what the file's extension says, else CSV.
     *
     * @throws ValidationException if the two disagree, or a file's format cannot be told
     */
    static ExportFormat exportFormat(ExportFormat option, Path file) {
        Optional<ExportFormat> byName = file == null || file.getFileName() == null
                ? Optional.empty()
                : ExportFormat.forFileName(file.getFileName().toString());
        if (option != null && byName.isPresent() && option != byName.get()) {
            throw new ValidationException("The file name " + file.getFileName() + " says "
                    + byName.get().extension() + " but --format says " + option.extension()
                    + "; make them agree.");
        }
        if (option != null) {
            return option;
        }
        if (file != null && byName.isEmpty()) {
            throw new ValidationException("Cannot tell the format of " + file.getFileName()
                    + ": name the file .csv or .json, or add --format csv or --format json.");
        }
        return byName.orElse(ExportFormat.CSV);
    }

    /** A PrintWriter keeps its errors to itself; a full disk or a closed pipe must not pass for success. */
    private static void finish(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            String sentence = "Standard output could not be written whole: the program reading it stopped, or the"
                    + " disk is full.";
            throw new UncheckedIOException(sentence, new IOException(sentence));
        }
    }
}
