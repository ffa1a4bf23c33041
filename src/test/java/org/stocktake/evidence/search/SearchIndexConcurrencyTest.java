package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stocktake.evidence.search.Items.withPages;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.task.Progress;

class SearchIndexConcurrencyTest {
    @Test
    void searchesOnOtherThreadsSeeWholeItemsWhileTheIndexIsWrittenAndRebuilt() throws Exception {
        ExecutorService searchers = Executors.newFixedThreadPool(2);
        try (SearchIndex index = SearchIndex.inMemory()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> searches = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                searches.add(searchers.submit(() -> {
                    int runs = 0;
                    while (writing.get()) {
                        for (SearchHit hit :
                                index.search(SearchQuery.of("quarterly")).hits()) {
                            // Each item is put with both pages at once: a search never sees the first without the
                            // second.
                            assertThat(hit.page()).isEqualTo(2);
                        }
                        runs++;
                        // Leaves the writer a fair share of a busy machine.
                        Thread.sleep(1);
                    }
                    return runs;
                }));
            }
            for (long id = 1; id <= 30; id++) {
                index.put(withPages(id, "Report number " + id + ", quarterly.", "The quarterly quarterly figures."));
            }
            for (int round = 0; round < 5; round++) {
                index.rebuild(
                        IntStream.rangeClosed(1, 8).mapToObj(i -> withPages(i, "Again " + i, "quarterly quarterly")),
                        8,
                        Progress.NONE);
            }
            writing.set(false);
            for (Future<Integer> search : searches) {
                assertThat(search.get(30, TimeUnit.SECONDS)).isPositive();
            }
            assertThat(index.search(SearchQuery.of("quarterly")).totalItems()).isEqualTo(8);
        } finally {
            searchers.shutdownNow();
        }
    }

    @Test
    void aClosedIndexRefusesFurtherUse() {
        SearchIndex index = SearchIndex.inMemory();
        index.put(withPages(1, "text"));
        index.close();
        index.close();

        assertThatThrownBy(() -> index.search(SearchQuery.of("text"))).isInstanceOf(IllegalStateException.class);
    }
}
