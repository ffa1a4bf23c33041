package org.stocktake.archfixture.service;

import org.apache.pdfbox.pdmodel.PDDocument;

/** A service outside the text extraction that opens a PDF itself. */
public final class ReadsPdf {
    PDDocument document;
}
