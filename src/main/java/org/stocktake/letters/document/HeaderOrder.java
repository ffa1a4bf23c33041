package org.stocktake.letters.document;

/**
 * Where the date stands: the panel's assessment letters give the addressee first, then the delivery note and the
 * date (seed of 11 January 2016); its joint letters give the date and the delivery note first (8 March 2018).
 */
public enum HeaderOrder {
    ADDRESSEE_FIRST,
    DATE_FIRST
}
