package org.stocktake.shared.store;

/** Bytes kept in the {@link ContentStore}: their SHA-256 in lower-case hex, their size, and whether they were there already. */
public record StoredContent(String sha256, long size, boolean alreadyStored) {}
