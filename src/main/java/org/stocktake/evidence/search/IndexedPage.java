package org.stocktake.evidence.search;

/** One page of an item's stored text, numbered from 1. */
public record IndexedPage(int page, String text) {
    public IndexedPage {
        text = text == null ? "" : text;
    }
}
