package org.stocktake.evidence.text;

import org.stocktake.shared.ValidationException;

/** A file the library cannot read, with one sentence that names it and says what to do. */
public final class UnreadableFileException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private static final String KINDS_TAKEN = "PDF, Word, OpenDocument text, text, Markdown, email, PNG, JPEG, TIFF";

    public UnreadableFileException(String sentence) {
        super(sentence);
    }

    static UnreadableFileException empty(String fileName) {
        return new UnreadableFileException(FileName.quoted(fileName) + " is empty.");
    }

    static UnreadableFileException unknownKind(String fileName) {
        return new UnreadableFileException(
                FileName.quoted(fileName) + " is not a kind of file the library takes (" + KINDS_TAKEN + ").");
    }

    static UnreadableFileException damaged(String fileName, FileType type) {
        return new UnreadableFileException(FileName.quoted(fileName) + " is damaged and cannot be read as "
                + withArticle(type) + ": save a fresh copy from where it came from and add that.");
    }

    static UnreadableFileException passwordProtected(String fileName) {
        return new UnreadableFileException(
                FileName.quoted(fileName) + " is protected by a password; remove the password and add it again.");
    }

    static UnreadableFileException notA(String fileName, FileType expected) {
        return new UnreadableFileException(FileName.quoted(fileName) + " is not " + withArticle(expected)
                + "; check that it opens in its own program, then add it again.");
    }

    static UnreadableFileException olderOfficeFile(String fileName) {
        return new UnreadableFileException(FileName.quoted(fileName)
                + " is an older Office file the library cannot read; save it as a Word document (.docx) or PDF and"
                + " add that.");
    }

    static UnreadableFileException couldNotRead(String fileName) {
        return new UnreadableFileException(FileName.quoted(fileName)
                + " could not be read to the end: it may have been moved or changed meanwhile; add it again.");
    }

    static UnreadableFileException tooSlowToRecognise(String fileName) {
        return new UnreadableFileException(FileName.quoted(fileName)
                + " took too long to read as a picture of text; add a clearer or smaller scan.");
    }

    private static String withArticle(FileType type) {
        switch (type) {
            case ODT:
                return "an OpenDocument text";
            case TEXT:
                return "a text file";
            case MARKDOWN:
                return "a Markdown file";
            case EMAIL:
                return "an email";
            default:
                return "a " + type.label();
        }
    }
}
