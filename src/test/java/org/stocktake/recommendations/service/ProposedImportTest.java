package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** Recommendations imported from a review in the library go in with their links to its pages, or not at all. */
class ProposedImportTest {

    private static final ImportTarget NORTHBRIDGE = new ImportTarget("northbridge-2024", "Northbridge review");

    @TempDir
    Path temp;

    private AppContext context;
    private EvidenceItem review;
    private ProposedImport proposed;

    @BeforeEach
    void addTheReview() throws Exception {
        context = TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
        Path pdf = Files.write(temp.resolve("northbridge.pdf"), ReviewPdf.bytes());
        context.evidenceImporter().add(List.of(pdf), AddOptions.NONE, Progress.NONE);
        review = context.evidence().items().stream()
                .filter(i -> i.fileName().equals("northbridge.pdf"))
                .findFirst()
                .orElseThrow();
        proposed = new ProposedImport(context.importer(), context.evidence());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyRecommendationImportedIsLinkedToItsPageAuditedAndFoundBySearch() {
        ProposedImport.Proposal proposal = proposed.propose(review.id());
        ImportPreview preview = proposed.preview(proposal, proposal.rows(), NORTHBRIDGE);
        // Brought up to date now, the index learns of the links only as they are made.
        context.evidenceSearch().search(SearchQuery.of("council"));

        ImportResult result = proposed.apply(proposal, preview);

        assertThat(result.added()).isEqualTo(11);
        List<Recommendation> written = context.recommendations()
                .recommendations(
                        context.recommendations().review("northbridge-2024").id());
        assertThat(written).hasSize(11);
        for (Recommendation r : written) {
            int page = ReviewPdf.EXPECTED.get(Integer.parseInt(r.number()) - 1).page();
            assertThat(context.evidence().linkedTo(r.id()))
                    .as("recommendation " + r.number())
                    .isEqualTo(Map.of(review.id(), page));
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("").withRecommendation(r.id()))
                            .hits())
                    .as("the library searched for recommendation " + r.number())
                    .anySatisfy(hit -> assertThat(hit.itemId()).isEqualTo(review.id()));
        }
        assertThat(context.audit().entriesFor(review.uuid()))
                .filteredOn(entry -> entry.action().equals("link"))
                .hasSize(11);
    }

    @Test
    void aLinkRefusedAfterTheRecommendationsAreWrittenLeavesNothingImported() {
        ProposedImport.Proposal proposal = proposed.propose(review.id());
        List<ImportRow> rows = new ArrayList<>(proposal.rows());
        ImportRow last = rows.get(rows.size() - 1);
        // The last link is the one refused: by then every recommendation and the other links have been written.
        rows.set(rows.size() - 1, atPage(last, 99));
        ImportPreview preview = proposed.preview(proposal, rows, NORTHBRIDGE);
        assertThat(preview.isClean()).isTrue();
        int auditedBefore = context.audit().entriesFor(review.uuid()).size();

        assertThatThrownBy(() -> proposed.apply(proposal, preview))
                .isInstanceOf(ValidationException.class)
                .hasMessage("'" + review.title() + "' has no page 99; it has 6.");

        assertThat(context.recommendations().findReview("northbridge-2024")).isEmpty();
        assertThat(context.evidence().links()).doesNotContainKey(review.id());
        assertThat(context.audit().entriesFor(review.uuid()))
                .extracting(AuditEntry::action)
                .hasSize(auditedBefore);
    }

    @Test
    void aLinkRefusedWhileAddingToAnExistingReviewLeavesItAsItWas() {
        Review existing = context.recommendations()
                .createReview(new ReviewDraft("northbridge-2024", "Northbridge review", null, null, null));
        ProposedImport.Proposal proposal = proposed.propose(review.id());
        List<ImportRow> rows = new ArrayList<>(proposal.rows());
        rows.set(5, atPage(rows.get(5), 42));
        ImportPreview preview = proposed.preview(proposal, rows, new ImportTarget("northbridge-2024", null));
        assertThat(preview.isClean()).isTrue();

        assertThatThrownBy(() -> proposed.apply(proposal, preview)).isInstanceOf(ValidationException.class);

        assertThat(context.recommendations().recommendations(existing.id())).isEmpty();
        assertThat(context.evidence().links()).doesNotContainKey(review.id());
    }

    private static ImportRow atPage(ImportRow row, int page) {
        return new ImportRow(
                row.line(),
                row.number(),
                row.theme(),
                row.title(),
                row.text(),
                row.owner(),
                row.priority(),
                row.milestone(),
                row.sourceDocument(),
                page,
                row.summary());
    }
}
