package org.stocktake.assessments.service;

/** A round is drafted, then finalised; a final round is read-only and changes to it are corrections. */
public enum RoundStatus {
    DRAFT,
    FINAL
}
