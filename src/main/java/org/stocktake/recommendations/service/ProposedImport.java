package org.stocktake.recommendations.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final RecommendationService recommendations;
    private final EvidenceService evidence;

    public ProposedImport(
            RecommendationImporter importer, RecommendationService recommendations, EvidenceService evidence) {
        this.importer = importer;
        this.recommendations = recommendations;
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
     * Writes a clean preview as {@link RecommendationImporter#apply} does, then links each new recommendation to the
     * document at its page.
     *
     * @throws ValidationException if the preview is not clean or the rows are refused; nothing is written then
     */
    public ImportResult apply(Proposal proposal, ImportPreview preview) {
        ImportResult result = importer.apply(preview);
        Map<String, Recommendation> byNumber = new HashMap<>();
        for (Recommendation r : recommendations.recommendations(result.review().id())) {
            byNumber.put(RecommendationDraft.numberKey(r.number()), r);
        }
        for (ImportRow row : preview.rows()) {
            Recommendation written = byNumber.get(RecommendationDraft.numberKey(row.number()));
            if (written != null) {
                evidence.link(proposal.document().id(), written.id(), row.sourcePage());
            }
        }
        return result;
    }
}
