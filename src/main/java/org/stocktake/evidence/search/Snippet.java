package org.stocktake.evidence.search;

import java.util.List;

/** About 200 characters of a page around what matched, on one line, with the matched words' ranges in order. */
public record Snippet(String text, List<Highlight> highlights) {
    public Snippet {
        highlights = List.copyOf(highlights);
    }
}
