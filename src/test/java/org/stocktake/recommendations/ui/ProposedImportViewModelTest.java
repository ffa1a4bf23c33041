package org.stocktake.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ProposedImport;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.ReviewPdf;
import org.stocktake.shared.task.Progress;
import org.stocktake.shared.task.SameThreadTaskRunner;
import org.stocktake.testing.TestWorkspaces;

/** The import preview of recommendations proposed from a review in the library, corrected before they go in. */
class ProposedImportViewModelTest {

    @TempDir
    Path temp;

    private AppContext context;
    private ImportViewModel model;
    private EvidenceItem review;

    @BeforeEach
    void proposeFromTheReview() throws Exception {
        context = TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
        Path pdf = Files.write(temp.resolve("northbridge.pdf"), ReviewPdf.bytes());
        context.evidenceImporter().add(List.of(pdf), AddOptions.NONE, Progress.NONE);
        review = context.evidence().items().stream()
                .filter(i -> i.fileName().equals("northbridge.pdf"))
                .findFirst()
                .orElseThrow();
        ProposedImport proposed = new ProposedImport(context.importer(), context.evidence());
        model = new ImportViewModel(
                proposed,
                proposed.propose(review.id()),
                new SameThreadTaskRunner(),
                context.recommendations().reviews());
        model.destinationProperty().set(ImportViewModel.Destination.NEW_REVIEW);
        model.newCodeProperty().set("northbridge-2024");
        model.newTitleProperty().set("Northbridge review");
        model.check();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void correctedAndUntickedRowsAreImportedAsCorrectedEachLinkedToItsPage() {
        assertThat(model.proposedRows()).hasSize(11);
        assertThat(model.previewProperty().get().isClean()).isTrue();

        model.proposedRows().get(1).titleProperty().set("Report to council every quarter.");
        model.proposedRows().get(10).includedProperty().set(false);
        model.rowsChanged();
        model.check();
        List<ImportResult> done = new ArrayList<>();
        model.importNow(done::add, error -> {
            throw new AssertionError(error);
        });

        assertThat(done).singleElement().extracting(ImportResult::added).isEqualTo(10);
        long reviewId = context.recommendations().review("northbridge-2024").id();
        List<Recommendation> written = context.recommendations().recommendations(reviewId);
        assertThat(written)
                .extracting(Recommendation::number)
                .doesNotContain("11")
                .hasSize(10);
        Recommendation second =
                written.stream().filter(r -> r.number().equals("2")).findFirst().orElseThrow();
        assertThat(second.title()).isEqualTo("Report to council every quarter.");
        Recommendation seventh =
                written.stream().filter(r -> r.number().equals("7")).findFirst().orElseThrow();
        assertThat(context.evidence().linkedTo(seventh.id())).isEqualTo(Map.of(review.id(), 6));
    }

    @Test
    void aNumberCorrectedIntoAClashIsAProblemAndStopsTheImport() {
        model.proposedRows().get(1).numberProperty().set("1");
        model.rowsChanged();
        model.check();

        assertThat(model.previewProperty().get().problems())
                .extracting(ImportProblem::message)
                .containsExactly("Row 2: the number '1' is also used on row 1; each recommendation needs its own.");
        assertThat(model.canImportBinding().get()).isFalse();
    }
}
