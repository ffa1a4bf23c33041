package org.stocktake.letters.document;

import java.time.Instant;

/**
 * Where an inserted block came from in the panel's data, so a draft can tell when that data has since changed.
 *
 * @param source what was inserted, e.g. "round-summary" or "recommendation-history"
 * @param subject which data, e.g. a round's or a recommendation's id
 * @param fingerprint a hash of the data as it was when inserted
 */
public record Origin(String source, String subject, String fingerprint, Instant insertedAt) {}
