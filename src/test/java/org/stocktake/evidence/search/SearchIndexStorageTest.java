package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stocktake.evidence.search.Items.withPages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.task.Progress;

class SearchIndexStorageTest {
    @TempDir
    Path workspace;

    private Path folder() {
        return workspace.resolve("index");
    }

    private static List<Long> found(SearchIndex index, String text) {
        return index.search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::itemId)
                .toList();
    }

    private static final List<IndexedItem> LIBRARY =
            List.of(withPages(1, "The Kerslake review of Birmingham."), withPages(2, "The panel's first stocktake."));

    @Test
    void aMissingIndexStartsEmptyAndAsksForARebuild() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.itemIds()).isEmpty();
            index.rebuild(LIBRARY.stream(), 2, Progress.NONE);
            assertThat(index.needsRebuild()).isFalse();
        }
        try (SearchIndex reopened = SearchIndex.open(folder())) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(found(reopened, "stocktake")).containsExactly(2L);
        }
    }

    @Test
    void writesSurviveReopening() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.putAll(LIBRARY);
            index.put(withPages(3, "Minutes of the cabinet."));
        }
        try (SearchIndex reopened = SearchIndex.open(folder())) {
            assertThat(reopened.itemIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(found(reopened, "cabinet")).containsExactly(3L);
        }
    }

    @Test
    void puttingAnItemAgainReplacesItsPagesAndAnnotations() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.put(Items.item(5)
                    .page("First draft.")
                    .page("Old page two.")
                    .annotation(9, 1, "", "old note")
                    .build());
            index.put(withPages(5, "Final version."));

            assertThat(found(index, "draft")).isEmpty();
            assertThat(found(index, "note")).isEmpty();
            assertThat(found(index, "final")).containsExactly(5L);
            assertThat(index.search(SearchQuery.of("")).totalItems()).isEqualTo(1);
        }
    }

    @Test
    void removeTakesEveryDocumentOfTheItem() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.putAll(LIBRARY);
            index.remove(1);
            index.remove(99);

            assertThat(found(index, "kerslake")).isEmpty();
            assertThat(index.itemIds()).containsExactly(2L);
        }
    }

    @Test
    void garbageWrittenIntoTheSegmentFilesIsFoundAtOpeningAndRebuildRestoresResults() throws IOException {
        fill();
        for (Path file : indexFiles()) {
            if (!file.getFileName().toString().startsWith("segments") && Files.size(file) > 200) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 100; i < 120; i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(file, bytes);
            }
        }
        assertReopensEmptyThenRebuilds();
    }

    @Test
    void garbageDeepInsideTheDataIsFoundAtOpeningThoughNothingReadsItThere() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.rebuild(Stream.concat(LIBRARY.stream(), Stream.of(withPages(3, manyWords()))), 3, Progress.NONE);
        }
        Path largest = indexFiles().stream()
                .max(Comparator.comparingLong(SearchIndexStorageTest::size))
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(largest, bytes);

        assertReopensEmptyThenRebuilds();
    }

    @Test
    void truncatedSegmentFilesAreFoundAtOpening() throws IOException {
        fill();
        for (Path file : indexFiles()) {
            if (!file.getFileName().toString().startsWith("segments")) {
                Files.write(file, new byte[0]);
            }
        }
        assertReopensEmptyThenRebuilds();
    }

    @Test
    void aHalfWrittenFolderOrAGarbledPointerIsReplaced() throws IOException {
        fill();
        for (Path file : indexFiles()) {
            if (file.getFileName().toString().startsWith("segments")) {
                Files.delete(file);
            }
        }
        assertReopensEmptyThenRebuilds();
        Files.writeString(folder().resolve("current"), "\u0000\u0001garbage", StandardCharsets.UTF_8);
        assertReopensEmptyThenRebuilds();
    }

    @Test
    void anUnwritableFolderFallsBackToMemory() throws IOException {
        Path notAFolder = Files.writeString(workspace.resolve("file"), "x");

        try (SearchIndex index = SearchIndex.open(notAFolder)) {
            assertThat(index.needsRebuild()).isTrue();
            index.put(withPages(1, "kept in memory"));
            assertThat(found(index, "memory")).containsExactly(1L);
        }
    }

    @Test
    void aCancelledRebuildKeepsTheOldIndex() {
        fill();
        try (SearchIndex index = SearchIndex.open(folder())) {
            AtomicInteger asked = new AtomicInteger();
            Progress cancelsAfterOne = new Progress() {
                @Override
                public void update(long done, long total) {}

                @Override
                public void message(String message) {}

                @Override
                public boolean isCancelled() {
                    return asked.incrementAndGet() > 1;
                }
            };
            Stream<IndexedItem> replacement = Stream.of(withPages(7, "new one"), withPages(8, "new two"));

            assertThatThrownBy(() -> index.rebuild(replacement, 2, cancelsAfterOne))
                    .isInstanceOf(CancellationException.class);
            assertThat(index.itemIds()).containsExactlyInAnyOrder(1L, 2L);
            assertThat(found(index, "kerslake")).containsExactly(1L);
        }
        try (SearchIndex reopened = SearchIndex.open(folder())) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.itemIds()).containsExactlyInAnyOrder(1L, 2L);
        }
        assertThat(generations()).hasSize(1);
    }

    @Test
    void aRebuildReplacesEverythingAndReportsProgress() {
        fill();
        try (SearchIndex index = SearchIndex.open(folder())) {
            AtomicInteger lastDone = new AtomicInteger();
            Progress counting = new Progress() {
                @Override
                public void update(long done, long total) {
                    lastDone.set((int) done);
                }

                @Override
                public void message(String message) {}
            };
            index.rebuild(Stream.of(withPages(7, "a fresh start")), 1, counting);

            assertThat(index.itemIds()).containsExactly(7L);
            assertThat(found(index, "fresh")).containsExactly(7L);
            assertThat(lastDone).hasValue(1);
        }
        assertThat(generations()).hasSize(1);
    }

    private void fill() {
        try (SearchIndex index = SearchIndex.open(folder())) {
            index.rebuild(LIBRARY.stream(), 2, Progress.NONE);
        }
    }

    private void assertReopensEmptyThenRebuilds() {
        try (SearchIndex damaged = SearchIndex.open(folder())) {
            assertThat(damaged.needsRebuild()).isTrue();
            assertThat(damaged.itemIds()).isEmpty();
            assertThat(found(damaged, "kerslake")).isEmpty();
            damaged.rebuild(LIBRARY.stream(), 2, Progress.NONE);
            assertThat(found(damaged, "kerslake")).containsExactly(1L);
        }
        try (SearchIndex rebuilt = SearchIndex.open(folder())) {
            assertThat(rebuilt.needsRebuild()).isFalse();
            assertThat(found(rebuilt, "kerslake")).containsExactly(1L);
        }
    }

    private List<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getFileName().toString().startsWith("gen-"))
                    .filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList();
        }
    }

    /** Words that compress poorly, so that the middle of the largest file is data no opening reads. */
    private static String manyWords() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(Long.toString((i * 2_654_435_761L) % 1_000_003, 36)).append(' ');
        }
        return text.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> generations() {
        try (Stream<Path> entries = Files.list(folder())) {
            return entries.filter(p -> p.getFileName().toString().startsWith("gen-"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
