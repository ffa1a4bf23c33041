package org.stocktake.evidence.text;

import java.time.LocalDate;

/**
 * What a file says about itself: a PDF's document information, a Word or OpenDocument file's core properties, an
 * email's headers. Each is null when the file does not say. For an email, {@code title} repeats the subject,
 * {@code sender} is the first From address and {@code recipient} the To addresses, each written as
 * {@code Name <address>} (or the bare address) and joined with ", ".
 */
public record FileFacts(String title, String author, String sender, String recipient, String subject, LocalDate date) {

    public static final FileFacts NONE = new FileFacts(null, null, null, null, null, null);

    /** A value as a file gives it, stripped; null when it is blank, as files often leave a field empty. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
