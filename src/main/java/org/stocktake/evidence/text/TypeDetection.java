package org.stocktake.evidence.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's kind from its first bytes, as a name can lie; the extension only tells text from Markdown and
 * decides whether unmarked text is taken at all.
 */
final class TypeDetection {

    private static final int HEAD_BYTES = 8192;
    private static final int PDF_HEADER_WITHIN = 1024;
    private static final int ZIP_ENTRIES_LOOKED_AT = 2000;
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private static final Set<String> PLAIN_TEXT_EXTENSIONS = Set.of("", "txt", "text", "log", "csv", "tsv");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");
    private static final Set<String> OLDER_OFFICE_EXTENSIONS = Set.of("doc", "dot", "xls", "ppt", "msg", "wps");
    private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]+:.*");
    private static final Pattern EMAIL_HEADER_NAMES =
            Pattern.compile("(?im)^(date|subject|to|message-id|received|mime-version):");

    private TypeDetection() {}

    static FileType detect(Content content, String fileName) throws IOException {
        if (content.size() == 0) {
            throw UnreadableFileException.empty(fileName);
        }
        byte[] head = head(content);
        if (head.length == 0) {
            throw UnreadableFileException.empty(fileName);
        }
        String extension = FileName.extension(fileName);
        FileType byMagic = byMagic(head, content, fileName, extension);
        if (byMagic != null) {
            return byMagic;
        }
        FileType claimed = claimedBinaryType(extension);
        if (claimed != null) {
            throw UnreadableFileException.notA(fileName, claimed);
        }
        if (!looksLikeText(head)) {
            if (extension.equals("eml")) {
                throw UnreadableFileException.notA(fileName, FileType.EMAIL);
            }
            throw UnreadableFileException.unknownKind(fileName);
        }
        return textKind(head, fileName, extension);
    }

    private static byte[] head(Content content) throws IOException {
        try (InputStream in = SourceReadException.open(content)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static FileType byMagic(byte[] head, Content content, String fileName, String extension)
            throws IOException {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return FileType.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return FileType.JPEG;
        }
        if (startsWith(head, 'I', 'I', 42, 0) || startsWith(head, 'M', 'M', 0, 42)) {
            return FileType.TIFF;
        }
        if (hasPdfHeader(head)) {
            return FileType.PDF;
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return zipKind(content, fileName, extension);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // A Word document saved with a password is wrapped in this older container.
            if (extension.equals("docx")) {
                throw UnreadableFileException.passwordProtected(fileName);
            }
            if (OLDER_OFFICE_EXTENSIONS.contains(extension)) {
                throw UnreadableFileException.olderOfficeFile(fileName);
            }
            throw UnreadableFileException.unknownKind(fileName);
        }
        return null;
    }

    private static FileType claimedBinaryType(String extension) {
        switch (extension) {
            case "pdf":
                return FileType.PDF;
            case "docx":
                return FileType.DOCX;
            case "odt":
                return FileType.ODT;
            case "png":
                return FileType.PNG;
            case "jpg":
            case "jpeg":
                return FileType.JPEG;
            case "tif":
            case "tiff":
                return FileType.TIFF;
            default:
                return null;
        }
    }

    private static FileType textKind(byte[] head, String fileName, String extension) {
        if (MARKDOWN_EXTENSIONS.contains(extension)) {
            return FileType.MARKDOWN;
        }
        if (extension.equals("eml")) {
            return FileType.EMAIL;
        }
        if (extension.isEmpty() && looksLikeEmail(head)) {
            return FileType.EMAIL;
        }
        if (PLAIN_TEXT_EXTENSIONS.contains(extension)) {
            return FileType.TEXT;
        }
        throw UnreadableFileException.unknownKind(fileName);
    }

    private static boolean hasPdfHeader(byte[] head) {
        // The format lets a little junk come before the header, and some scanners write it.
        String start = new String(head, 0, Math.min(head.length, PDF_HEADER_WITHIN), StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    private static FileType zipKind(Content content, String fileName, String extension) throws IOException {
        boolean word = false;
        String mimetype = null;
        try {
            var file = content.file();
            if (file.isPresent()) {
                try (ZipFile zip = new ZipFile(file.get().toFile())) {
                    word = zip.getEntry("word/document.xml") != null;
                    ZipEntry entry = zip.getEntry("mimetype");
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                        }
                    }
                }
            } else {
                try (ZipInputStream zip = new ZipInputStream(SourceReadException.open(content))) {
                    ZipEntry entry;
                    for (int i = 0; i < ZIP_ENTRIES_LOOKED_AT && (entry = zip.getNextEntry()) != null; i++) {
                        if (entry.getName().equals("word/document.xml")) {
                            word = true;
                            break;
                        }
                        if (entry.getName().equals("mimetype")) {
                            mimetype = new String(zip.readNBytes(200), StandardCharsets.US_ASCII);
                            break;
                        }
                    }
                }
            }
        } catch (ZipException e) {
            FileType claimed = claimedBinaryType(extension);
            if (claimed == FileType.DOCX || claimed == FileType.ODT) {
                throw UnreadableFileException.damaged(fileName, claimed);
            }
            throw UnreadableFileException.unknownKind(fileName);
        }
        if (word) {
            return FileType.DOCX;
        }
        if (mimetype != null
                && (mimetype.strip().equals(ODT_MIMETYPE) || mimetype.strip().equals(ODT_MIMETYPE + "-template"))) {
            return FileType.ODT;
        }
        FileType claimed = claimedBinaryType(extension);
        if (claimed != null) {
            throw UnreadableFileException.notA(fileName, claimed);
        }
        throw UnreadableFileException.unknownKind(fileName);
    }

    static boolean looksLikeText(byte[] head) {
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            return true; // UTF-16, as Windows' Notepad saves "Unicode" text
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls <= head.length / 100;
    }

    /** Whether the text opens with a block of mail headers that has a From line. */
    static boolean looksLikeEmail(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\n\n");
        int crlfEnd = text.indexOf("\r\n\r\n");
        if (end < 0 || (crlfEnd >= 0 && crlfEnd < end)) {
            end = crlfEnd;
        }
        if (end <= 0) {
            return false;
        }
        String headers = text.substring(0, end);
        boolean from = false;
        for (String line : headers.split("\r?\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            from |= line.regionMatches(true, 0, "From:", 0, 5);
        }
        return from && EMAIL_HEADER_NAMES.matcher(headers).find();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
