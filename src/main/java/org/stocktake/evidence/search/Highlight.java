package org.stocktake.evidence.search;

/** A matched stretch of a snippet: characters {@code [start, end)} of its text. */
public record Highlight(int start, int end) {}
