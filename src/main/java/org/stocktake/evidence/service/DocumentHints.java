package org.stocktake.evidence.service;

import java.time.LocalDate;

/**
 * What the file says about itself beside its text: a PDF's information, an email's headers. Each may be null. They are
 * weaker than the text: a PDF's title is often a word processor's file name, its date the day it was scanned.
 */
public record DocumentHints(
        String title, String author, String sender, String recipient, String subject, LocalDate date) {

    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, null, null);
}
