package org.stocktake.letters.typeset;

/**
 * Where a signatory's empty signature field stands: page from 0, rectangle in PDF points from the page's lower left
 * corner.
 */
public record SignatureSlot(String fieldName, int pageIndex, float x, float y, float width, float height) {}
