package org.stocktake.letters.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter (or press release) as the panel writes it, every part in its place: what a template fills, what the
 * editor changes, what is versioned and what is typeset. Blank strings stand for parts the letter leaves out; the
 * typesetter prints only what is there.
 *
 * @param reference the panel's reference, printed above the date when present
 * @param deliveryNote "Sent by email", "SENT VIA E-MAIL", or blank
 * @param subject the bold heading under the salutation; a press release's headline
 * @param closing "Yours sincerely"
 * @param citations every document the body may cite, numbered by {@link CitationNumbers} in order of first mention
 * @param annex whether the documents cited are listed at the end, under "Documents referred to"
 * @param contact a press release's contact line, after "ENDS"
 * @param notesToEditors a press release's notes to editors (background), after the contact
 */
public record LetterDocument(
        DocumentKind kind,
        Letterhead letterhead,
        String reference,
        LocalDate date,
        String deliveryNote,
        HeaderOrder headerOrder,
        Addressee addressee,
        String salutation,
        String subject,
        List<Block> body,
        String closing,
        List<Signatory> signatories,
        List<Citation> citations,
        boolean annex,
        String contact,
        List<Block> notesToEditors) {

    public LetterDocument {
        reference = blankIfNull(reference);
        deliveryNote = blankIfNull(deliveryNote);
        salutation = blankIfNull(salutation);
        subject = blankIfNull(subject);
        closing = blankIfNull(closing);
        contact = blankIfNull(contact);
        headerOrder = headerOrder == null ? HeaderOrder.ADDRESSEE_FIRST : headerOrder;
        addressee = addressee == null ? Addressee.NONE : addressee;
        letterhead = letterhead == null ? Letterhead.NONE : letterhead;
        body = List.copyOf(body == null ? List.of() : body);
        signatories = List.copyOf(signatories == null ? List.of() : signatories);
        citations = List.copyOf(citations == null ? List.of() : citations);
        notesToEditors = List.copyOf(notesToEditors == null ? List.of() : notesToEditors);
    }

    public LetterDocument withBody(List<Block> newBody) {
        return new LetterDocument(
                kind,
                letterhead,
                reference,
                date,
                deliveryNote,
                headerOrder,
                addressee,
                salutation,
                subject,
                newBody,
                closing,
                signatories,
                citations,
                annex,
                contact,
                notesToEditors);
    }

    public LetterDocument withCitations(List<Citation> newCitations) {
        return new LetterDocument(
                kind,
                letterhead,
                reference,
                date,
                deliveryNote,
                headerOrder,
                addressee,
                salutation,
                subject,
                body,
                closing,
                signatories,
                newCitations,
                annex,
                contact,
                notesToEditors);
    }

    public LetterDocument withLetterhead(Letterhead newLetterhead) {
        return new LetterDocument(
                kind,
                newLetterhead,
                reference,
                date,
                deliveryNote,
                headerOrder,
                addressee,
                salutation,
                subject,
                body,
                closing,
                signatories,
                citations,
                annex,
                contact,
                notesToEditors);
    }

    public LetterDocument withDate(LocalDate newDate) {
        return new LetterDocument(
                kind,
                letterhead,
                reference,
                newDate,
                deliveryNote,
                headerOrder,
                addressee,
                salutation,
                subject,
                body,
                closing,
                signatories,
                citations,
                annex,
                contact,
                notesToEditors);
    }

    public LetterDocument withAddressee(Addressee newAddressee) {
        return new LetterDocument(
                kind,
                letterhead,
                reference,
                date,
                deliveryNote,
                headerOrder,
                newAddressee,
                salutation,
                subject,
                body,
                closing,
                signatories,
                citations,
                annex,
                contact,
                notesToEditors);
    }

    public LetterDocument withSignatories(List<Signatory> newSignatories) {
        return new LetterDocument(
                kind,
                letterhead,
                reference,
                date,
                deliveryNote,
                headerOrder,
                addressee,
                salutation,
                subject,
                body,
                closing,
                newSignatories,
                citations,
                annex,
                contact,
                notesToEditors);
    }

    public boolean isPressRelease() {
        return kind == DocumentKind.PRESS_RELEASE;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
