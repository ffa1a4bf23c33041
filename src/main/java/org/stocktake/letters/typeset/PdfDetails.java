package org.stocktake.letters.typeset;

import java.time.Instant;

/**
 * What the PDF says about itself, in its document information and its XMP alike.
 *
 * @param creator the application, "Stocktake"
 * @param created when the letter was typeset; given rather than read from the clock, so output can be reproduced
 */
public record PdfDetails(String title, String author, String subject, String creator, Instant created) {
    public PdfDetails {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        creator = creator == null || creator.isBlank() ? "Stocktake" : creator;
        created = created == null ? Instant.EPOCH : created;
    }
}
