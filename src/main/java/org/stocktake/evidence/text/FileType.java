package org.stocktake.evidence.text;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file the evidence library takes, each with its media type and a name people use for it. */
public enum FileType {
    PDF("application/pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument text"),
    TEXT("text/plain", "Text"),
    MARKDOWN("text/markdown", "Markdown"),
    EMAIL("message/rfc822", "Email"),
    PNG("image/png", "PNG image"),
    JPEG("image/jpeg", "JPEG image"),
    TIFF("image/tiff", "TIFF image");

    private final String mediaType;
    private final String label;

    FileType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind of file in a person's words, e.g. "Word document", to stand in a sentence or a column. */
    public String label() {
        return label;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == TIFF;
    }

    /**
     * The type with this media type, ignoring case and parameters such as {@code ;charset=utf-8}, and accepting the
     * older names some programs still write ({@code image/jpg}, {@code text/x-markdown}).
     */
    public static Optional<FileType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        int parameters = mediaType.indexOf(';');
        String bare = (parameters < 0 ? mediaType : mediaType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
        switch (bare) {
            case "image/jpg":
            case "image/pjpeg":
                return Optional.of(JPEG);
            case "text/x-markdown":
                return Optional.of(MARKDOWN);
            case "image/x-png":
                return Optional.of(PNG);
            default:
                break;
        }
        for (FileType type : values()) {
            if (type.mediaType.equals(bare)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
