package org.stocktake.evidence.text;

import java.util.List;
import java.util.Objects;

/**
 * The text of one file, page by page (a single page for kinds that store no pages), with what the file says about
 * itself and, for an email, its attachments.
 *
 * @param awaitingOcr some pages (or the image) need text recognition that was not available: their text is "" and
 *     the item should be kept and read again once it is
 * @param unreadablePages the pages (from 1) that could not be read, their text "": a damaged page of a file whose
 *     other pages read
 */
public record ExtractedText(
        FileType type,
        List<String> pages,
        FileFacts facts,
        List<Attachment> attachments,
        boolean awaitingOcr,
        List<Integer> unreadablePages) {

    public ExtractedText {
        Objects.requireNonNull(type, "type");
        pages = List.copyOf(pages);
        facts = facts == null ? FileFacts.NONE : facts;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        unreadablePages = unreadablePages == null ? List.of() : List.copyOf(unreadablePages);
    }

    /** A text every page of which was read (or is awaiting recognition). */
    public ExtractedText(
            FileType type, List<String> pages, FileFacts facts, List<Attachment> attachments, boolean awaitingOcr) {
        this(type, pages, facts, attachments, awaitingOcr, List.of());
    }

    /** The pages joined with a blank line between them. */
    public String fullText() {
        return String.join("\n\n", pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
