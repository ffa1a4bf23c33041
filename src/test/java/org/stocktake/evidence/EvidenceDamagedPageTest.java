package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** A PDF with a damaged page goes into the library with its other pages, and the summary names the page lost. */
class EvidenceDamagedPageTest {

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
    }

    @Test
    void thePagesThatReadAreAddedAndTheSummaryNamesTheOneThatDidNot() throws Exception {
        byte[] pdf = SampleFiles.withDamagedContent(
                SampleFiles.pdf("Budget page", "Housing page", "Schools page", "Lost page", "Waste page"), 4);
        Path file = Files.write(temp.resolve("minutes.pdf"), pdf);

        try (AppContext context = open()) {
            AddSummary summary = context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);

            assertThat(summary.refused()).isEmpty();
            assertThat(summary.partlyRead()).containsExactly(new AddSummary.PartlyRead("minutes.pdf", List.of(4)));
            assertThat(summary.headline()).isEqualTo("Added 1 document; page 4 of 'minutes.pdf' could not be read.");
            EvidenceItem item = summary.added().get(0);
            assertThat(item.pageCount()).isEqualTo(5);
            assertThat(item.textNote()).isEqualTo("Page 4 could not be read.");
            assertThat(context.evidence().pages(item.id()))
                    .containsExactly("Budget page", "Housing page", "Schools page", "", "Waste page");
            assertThat(context.evidenceSearch().search(SearchQuery.of("waste")).hits())
                    .singleElement()
                    .satisfies(hit -> assertThat(hit.page()).isEqualTo(5));
        }
    }

    @Test
    void aPdfOfWhichNoPageReadsIsRefusedAndLeavesNothingBehind() throws Exception {
        byte[] pdf =
                SampleFiles.withDamagedContent(SampleFiles.withDamagedContent(SampleFiles.pdf("One", "Two"), 1), 2);
        Path file = Files.write(temp.resolve("minutes.pdf"), pdf);

        try (AppContext context = open()) {
            Set<String> storedBefore =
                    ContentStore.in(temp.resolve("workspace")).stored();
            long countBefore = context.evidence().count();

            AddSummary summary = context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);

            assertThat(summary.added()).isEmpty();
            assertThat(summary.partlyRead()).isEmpty();
            assertThat(summary.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                    .isEqualTo("'minutes.pdf' is damaged and cannot be read as a PDF: save a fresh copy from"
                            + " where it came from and add that."));
            assertThat(context.evidence().count()).isEqualTo(countBefore);
            assertThat(ContentStore.in(temp.resolve("workspace")).stored()).isEqualTo(storedBefore);
        }
    }
}
