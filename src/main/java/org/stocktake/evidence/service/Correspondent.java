package org.stocktake.evidence.service;

import java.util.UUID;

/**
 * Someone a document is from or to, as far as the guesser could tell: a person in the panel register (with the office
 * they held on the document's date), a person it does not know ({@code personId} null), or a body such as the panel
 * itself ({@code personId} and {@code office} null, {@code organisation} its name).
 */
public record Correspondent(String name, UUID personId, String office, String organisation) {}
