package org.stocktake.recommendations.service;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/**
 * Imports the recommendations proposed from a review in the library: the proposals become rows of the ordinary import
 * preview (same checks, same problems), and once written each recommendation is linked to the document at its page.
 */
public final class ProposedImport {

    private final RecommendationImporter importer;
    private final EvidenceService evidence;

    public ProposedImport(RecommendationImporter importer, EvidenceService evidence) {
        this.importer = importer;
        this.evidence = evidence;
    }

    /** The library's documents, to choose the review from. */
    public List<EvidenceItem> documents() {
        return evidence.items();
    }

    /** A document of the library and the rows proposed from its text, numbered from 1, citing it at their pages. */
    public record Proposal(EvidenceItem document, List<ImportRow> rows) {

        public Proposal {
            rows = List.copyOf(rows);
        }
    }

    /**
     * Reads the document's text and proposes its recommendations; writes nothing.
     *
     * @throws NotFoundException if the library has no such document
     */
    public Proposal propose(long documentId) {
        EvidenceItem document = evidence.item(documentId);
        List<ProposedRecommendation> found = ProposedRecommendations.in(evidence.pages(documentId));
        String cited = ProposedTitle.cut(document.title(), RecommendationLimits.SOURCE_DOCUMENT.max());
        List<ImportRow> rows = IntStream.range(0, found.size())
                .mapToObj(i -> found.get(i).toRow(i + 1, cited))
                .toList();
        return new Proposal(document, rows);
    }

    /** Checks {@code rows} (the proposal's, as the user corrected them) for {@code target}; writes nothing. */
    public ImportPreview preview(Proposal proposal, List<ImportRow> rows, ImportTarget target) {
        ImportPreview checked = importer.preview("'" + proposal.document().title() + "'", rows, target);
        if (!rows.isEmpty()) {
            return checked;
        }
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        problems.add(ImportProblem.inFile("No numbered recommendations were found in '"
                + proposal.document().title() + "'. Import them from a CSV or JSON file, or add them one by one."));
        return new ImportPreview(checked.fileName(), checked.review(), checked.reviewIsNew(), rows, problems);
    }

    /**
     * Writes a clean preview as {@link RecommendationImporter#apply} does and links each new recommendation to the
     * document at its page, all in one transaction: the recommendations go in with every link, or nothing does.
     *
     * @throws ValidationException if the preview is not clean, the rows are refused or a row's page is not in the
     *     document; nothing is written then
     * @throws NotFoundException if the document has left the library since; nothing is written then
     */
    public ImportResult apply(Proposal proposal, ImportPreview preview) {
        long documentId = proposal.document().id();
        List<ImportRow> rows = preview.rows();
        ImportResult result = importer.apply(preview, (tx, written) -> {
            for (int i = 0; i < written.size(); i++) {
                evidence.link(tx, documentId, written.get(i).id(), rows.get(i).sourcePage());
            }
        });
        evidence.linksCommitted(documentId);
        return result;
    }
}
