package org.stocktake.recommendations.service;

/** What an import wrote: the review the recommendations went into, and how many were added. */
public record ImportResult(Review review, int added) {}
