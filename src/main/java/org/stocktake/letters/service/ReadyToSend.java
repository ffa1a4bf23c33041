package org.stocktake.letters.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.CitationNumbers;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Signatory;
import org.stocktake.letters.pdfa.PdfaConformance;
import org.stocktake.panel.service.PanelService;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.pdf.SignatureCheck;
import org.stocktake.signing.pdf.VerificationReport;
import org.stocktake.signing.service.SigningService;

/**
 * The one check before a letter goes to a minister's office: the PDF is this letter as it stands, it is PDF/A, every
 * signature holds and every named signatory has signed, no comment is open, no inserted figure is out of date, no
 * drafters' note is left in, no citation points at nothing, and the addressee held the office on the letter's date.
 */
public final class ReadyToSend {

    private final LetterDrafts drafts;
    private final PanelService panel;
    private final SigningService signing;
    private final LetterPdf pdfs;
    private final Function<LetterDocument, List<String>> stale;

    /**
     * @param stale a sentence for each inserted passage whose data has changed since, and each citation of a document
     *     that has gone
     */
    public ReadyToSend(
            LetterDrafts drafts,
            PanelService panel,
            SigningService signing,
            LetterPdf pdfs,
            Function<LetterDocument, List<String>> stale) {
        this.drafts = drafts;
        this.panel = panel;
        this.signing = signing;
        this.pdfs = pdfs;
        this.stale = stale;
    }

    public Readiness check(Letter letter, byte[] pdf) {
        List<String> refusals = new ArrayList<>(ofText(letter));
        if (!letter.isDraft()) {
            refusals.add("The letter was issued on " + letter.issuedAt().toLocalDate() + " already.");
        }
        if (!pdfs.isThisLetter(letter, pdf)) {
            refusals.add("The PDF is not this letter as it stands (revision " + letter.revision() + "): export it"
                    + " again and sign that copy.");
            return new Readiness(refusals);
        }
        PdfaConformance.problems(pdf).forEach(problem -> refusals.add("The PDF is not PDF/A: " + problem));
        refusals.addAll(ofSignatures(letter, pdf));
        return new Readiness(refusals);
    }

    /** What the letter's text and comments alone already refuse, before any PDF is made. */
    public List<String> ofText(Letter letter) {
        LetterDocument document = letter.document();
        List<String> refusals = new ArrayList<>();
        long open = drafts.comments(letter.id()).stream()
                .filter(LetterComment::isOpen)
                .count();
        if (open > 0) {
            refusals.add(
                    open == 1
                            ? "A comment on the draft is still open: resolve it."
                            : open + " comments on the draft are still open: resolve them.");
        }
        refusals.addAll(stale.apply(document));
        long notes = Stream.concat(document.body().stream(), document.notesToEditors().stream())
                .filter(Block.Note.class::isInstance)
                .count();
        if (notes > 0) {
            refusals.add(
                    notes == 1
                            ? "A drafters' note is still in the letter: remove it."
                            : notes + " drafters' notes are still in the letter: remove them.");
        }
        if (!new CitationNumbers(document).dangling(document).isEmpty()) {
            refusals.add("A citation in the text names a document no longer cited: remove the mark or cite it again.");
        }
        if (!document.isPressRelease()) {
            if (document.addressee().isEmpty()) {
                refusals.add("The letter has no addressee.");
            } else if (!new OfficeHolders(panel.appointments()).addresseeInOffice(document)) {
                refusals.add(document.addressee().name() + " did not hold the office of "
                        + document.addressee().office() + " on the letter's date.");
            }
            if (document.signatories().stream().map(Signatory::name).anyMatch(String::isBlank)) {
                refusals.add("A signatory has no name.");
            }
        }
        return refusals;
    }

    private List<String> ofSignatures(Letter letter, byte[] pdf) {
        List<String> refusals = new ArrayList<>();
        VerificationReport report;
        try {
            report = signing.verify(pdf, letter.title());
        } catch (ValidationException e) {
            return List.of(e.getMessage());
        }
        for (SignatureCheck check : report.signatures()) {
            if (!check.holds()) {
                refusals.add("The signature of " + check.signer() + " does not hold"
                        + (check.problem() == null ? "." : ": " + check.problem()));
            }
        }
        int named = letter.document().signatories().size();
        if (!report.unsignedFields().isEmpty() || report.signatures().size() < named) {
            refusals.add(
                    named == 1
                            ? "The letter is not signed yet."
                            : "Not every signatory has signed: "
                                    + report.signatures().size() + " of " + named + ".");
        }
        return refusals;
    }
}
