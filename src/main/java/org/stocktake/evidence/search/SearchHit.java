package org.stocktake.evidence.search;

/**
 * The best match in one item: the page it is on (0 for an item with no text) and, when the match is in an
 * annotation's quote or note, that annotation's id (else null). {@code score} is 0 when listing without words.
 */
public record SearchHit(long itemId, int page, float score, Snippet snippet, Long annotationId) {}
