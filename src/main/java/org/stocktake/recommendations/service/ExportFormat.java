package org.stocktake.recommendations.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats recommendations are exported to and imported from, known by their file name's extension. */
public enum ExportFormat {
    CSV,
    JSON;

    /** The extension without the dot, e.g. "csv". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a file name asks for, by its extension in any case.
     *
     * @throws IllegalArgumentException if the name ends in neither .csv nor .json
     */
    public static ExportFormat forFile(Path file) {
        Path name = file.getFileName();
        return forFileName(name == null ? "" : name.toString())
                .orElseThrow(() -> new IllegalArgumentException(
                        "Cannot tell the format of '" + name + "': the file name must end in .csv or .json."));
    }

    /** The format a file name asks for by its extension in any case, or empty when it names neither. */
    public static Optional<ExportFormat> forFileName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith("." + format.extension())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
