package org.stocktake.letters.document;

import java.util.UUID;

/**
 * A document of the evidence library (or one note on it) that the letter refers to.
 *
 * @param key what the body's citation runs point at; stable while the letter is edited
 * @param evidence the evidence item cited
 * @param annotation the note cited, or null for the whole document
 * @param description as listed in the annex: "Birmingham City Council, Progress report, 7 December 2015"
 */
public record Citation(String key, UUID evidence, UUID annotation, String description) {}
