package org.stocktake.signing.pdf;

/**
 * What signing did.
 *
 * @param field the name of the signature field signed
 * @param addedField whether that field was added, there being no empty one to sign
 * @param timestamped whether an RFC 3161 time-stamp is part of the signature
 * @param timestampProblem why a time-stamp asked for is missing (one sentence), or null
 */
public record SigningOutcome(String field, boolean addedField, boolean timestamped, String timestampProblem) {}
