package org.stocktake.evidence.service;

/**
 * An annotation found in the document's text as it stands now: the page and the range of its passage there, or
 * {@code found} false when the passage is no longer in the text (the annotation is kept and listed all the same).
 */
public record Anchored(Annotation annotation, boolean found, int page, int start, int end) {}
