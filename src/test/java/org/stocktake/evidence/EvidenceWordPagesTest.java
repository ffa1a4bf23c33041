package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** A Word document's pages, as the file marks them, are the pages the library searches and annotates. */
class EvidenceWordPagesTest {

    @TempDir
    Path temp;

    @Test
    void aWordDocumentIsSearchedAndAnnotatedAtItsOwnPages() throws Exception {
        Path docx = Files.write(
                temp.resolve("plan.docx"),
                SampleFiles.docxWithPageBreaks(
                        "The budget gap is closing.", "Housing repairs are behind.", "Schools improve steadily."));

        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC())) {
            EvidenceItem plan = context.evidenceImporter()
                    .add(List.of(docx), AddOptions.NONE, Progress.NONE)
                    .added()
                    .get(0);

            assertThat(plan.pageCount()).isEqualTo(3);
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("schools"))
                            .hits())
                    .singleElement()
                    .satisfies(hit -> assertThat(hit.page()).isEqualTo(3));
            context.annotations().add(plan.id(), 2, 0, "Housing repairs".length(), "Ask for the plan.");
            assertThat(context.annotations().of(plan.id())).singleElement().satisfies(a -> {
                assertThat(a.found()).isTrue();
                assertThat(a.page()).isEqualTo(2);
                assertThat(a.annotation().quote()).isEqualTo("Housing repairs");
            });
        }
    }
}
