package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** Files added with links go in with every link, or not at all. */
class EvidenceAddLinksTest {

    @TempDir
    Path temp;

    private AppContext context;
    private Recommendation recommendation;
    private List<Path> files;

    @BeforeEach
    void open() throws IOException {
        context = TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
        recommendation = context.recommendations().recommendations(null).get(0);
        Path folder = Files.createDirectories(temp.resolve("letters"));
        files = List.of(
                Files.writeString(folder.resolve("progress.txt"), "Progress on the budget gap."),
                Files.writeString(folder.resolve("minutes.txt"), "Minutes of the improvement panel."));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyFileGoesInLinkedAndFoundByItsRecommendation() throws IOException {
        AddSummary summary = context.evidenceImporter()
                .add(files, new AddOptions(null, List.of(recommendation.id())), Progress.NONE);

        assertThat(summary.added()).hasSize(2);
        for (EvidenceItem item : summary.added()) {
            assertThat(context.evidence().links()).containsEntry(item.id(), Set.of(recommendation.id()));
        }
        assertThat(context.evidenceSearch()
                        .search(SearchQuery.of("").withRecommendation(recommendation.id()))
                        .hits())
                .hasSize(2);
    }

    @Test
    void aFileInTheLibraryAlreadyIsLinkedWhenAddedAgainWithALink() {
        EvidenceItem first = context.evidenceImporter()
                .add(files.subList(0, 1), AddOptions.NONE, Progress.NONE)
                .added()
                .get(0);

        AddSummary again = context.evidenceImporter()
                .add(files.subList(0, 1), new AddOptions(null, List.of(recommendation.id())), Progress.NONE);

        assertThat(again.duplicates())
                .singleElement()
                .satisfies(d -> assertThat(d.existing().id()).isEqualTo(first.id()));
        assertThat(context.evidence().linkedTo(recommendation.id())).containsOnlyKeys(first.id());
    }

    @Test
    void aRecommendationNotInTheRegisterIsRefusedBeforeAnythingIsAdded() {
        AddOptions unknown = new AddOptions(null, List.of(recommendation.id(), 987_654L));

        assertThatThrownBy(() -> context.evidenceImporter().add(files, unknown, Progress.NONE))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("A recommendation to link the files to is not in the register; nothing was added."
                        + " Choose another and add the files again.");

        assertNothingAdded();
    }

    @Test
    void aLinkRefusedAfterTheDocumentsAreWrittenLeavesNothingAdded() {
        // The recommendation leaves the register once the check before adding has passed, while the files are
        // stored: by the time the batch is linked, its documents are written in the transaction.
        Progress deletingMeanwhile = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public void message(String message) {
                if (context.recommendations().recommendations(null).contains(recommendation)) {
                    context.recommendations().delete(recommendation.uuid());
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThatThrownBy(() -> context.evidenceImporter()
                        .add(files, new AddOptions(null, List.of(recommendation.id())), deletingMeanwhile))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("A recommendation to link the files to left the register while they were added;"
                        + " nothing was added. Choose another and add the files again.");

        assertNothingAdded();
    }

    private void assertNothingAdded() {
        assertThat(context.evidence().count()).isZero();
        assertThat(context.evidence().links()).isEmpty();
        assertThat(ContentStore.in(temp.resolve("workspace")).stored()).isEmpty();
        assertThat(context.evidenceSearch().search(SearchQuery.of("")).hits()).isEmpty();
        assertThat(context.audit().verify().intact()).isTrue();
    }
}
