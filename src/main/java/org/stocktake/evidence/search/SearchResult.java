package org.stocktake.evidence.search;

import java.util.List;
import java.util.Optional;

/** The best hits, one per item; {@code totalItems} counts every item that matched, beyond the limit too. */
public record SearchResult(List<SearchHit> hits, long totalItems, Optional<String> didYouMean) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
