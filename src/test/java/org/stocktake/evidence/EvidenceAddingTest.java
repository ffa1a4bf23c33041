package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.EvidenceImporter;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** Adding many files, bad and good, large, and stopped part-way: the library stays whole and consistent. */
class EvidenceAddingTest {

    @TempDir
    Path temp;

    private AppContext open() {
        return TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC());
    }

    @Test
    void aThousandFilesOfWhichSomeAreBadGoInTogetherAndEachBadOneIsNamed() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("council").resolve("2016"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(folder.resolve("note-" + i + ".txt"), "Progress note " + i + " on the budget gap.");
        }
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("scan.pdf"), "%PDF-1.4 truncated");
        Files.write(folder.resolve("report.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(folder.resolve(".hidden.txt"), "left out");

        try (AppContext context = open()) {
            AddSummary summary =
                    context.evidenceImporter().add(List.of(temp.resolve("council")), AddOptions.NONE, Progress.NONE);

            assertThat(summary.added()).hasSize(1000);
            assertThat(summary.refused())
                    .extracting(AddSummary.Refusal::file)
                    .containsExactlyInAnyOrder("empty.txt", "scan.pdf", "report.docx");
            assertConsistent(context);
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("\"note 999\""))
                            .hits())
                    .hasSize(1);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path huge = temp.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(EvidenceImporter.MAX_FILE_BYTES + 1); // sparse: no disk is used
        }
        try (AppContext context = open()) {
            AddSummary summary = context.evidenceImporter().add(List.of(huge), AddOptions.NONE, Progress.NONE);

            assertThat(summary.refused()).singleElement().satisfies(r -> assertThat(r.reason())
                    .isEqualTo("'huge.pdf' is 256 MB; the library takes files up to 256 MB."));
            assertThat(ContentStore.in(temp.resolve("workspace")).stored()).isEmpty();
        }
    }

    @Test
    void stoppingPartWayKeepsWhatWasAddedAndLeavesNothingHalfDone() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(folder.resolve("minutes-" + i + ".txt"), "Minutes of meeting " + i + ".");
        }
        AtomicInteger asked = new AtomicInteger();
        Progress stopSoon = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public void message(String message) {}

            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > 150;
            }
        };
        try (AppContext context = open()) {
            AddSummary summary = context.evidenceImporter().add(List.of(folder), AddOptions.NONE, stopSoon);

            assertThat(summary.cancelled()).isTrue();
            assertThat(summary.added().size()).isLessThan(300);
            assertThat(context.evidence().count()).isEqualTo(summary.added().size());
            assertConsistent(context);
            assertThat(context.audit().verify().intact()).isTrue();
        }
        try (AppContext context = open()) {
            AddSummary again = context.evidenceImporter().add(List.of(folder), AddOptions.NONE, Progress.NONE);

            assertThat(again.added().size() + again.duplicates().size()).isEqualTo(300);
            assertThat(context.evidence().count()).isEqualTo(300);
            assertConsistent(context);
        }
    }

    /** No stored file without its document, no document without its file, no index entry without its document. */
    private void assertConsistent(AppContext context) {
        Set<String> digests = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (EvidenceItem item : context.evidence().items()) {
            digests.add(item.sha256());
            ids.add(item.id());
        }
        assertThat(ContentStore.in(temp.resolve("workspace")).stored()).isEqualTo(digests);
        assertThat(context.evidence().storedDigests()).isEqualTo(digests);
        var indexed = context.evidenceSearch().search(SearchQuery.of("").withLimit(5000)).hits().stream()
                .map(h -> h.itemId())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(indexed).isEqualTo(ids);
    }
}
