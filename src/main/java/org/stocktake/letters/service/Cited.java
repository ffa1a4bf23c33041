package org.stocktake.letters.service;

import org.stocktake.letters.document.Citation;
import org.stocktake.letters.document.Run;

/**
 * A document (or one note on it) ready to cite: the citation for the letter's list and the mark to put in the text.
 *
 * @param mark {@code Run.cite(citation.key())}, printed as the citation's number
 */
public record Cited(Citation citation, Run mark) {}
