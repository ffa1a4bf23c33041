package org.stocktake.letters.service;

import java.time.OffsetDateTime;
import org.stocktake.letters.document.LetterDocument;

/** A draft as it stood when someone saved it on purpose, numbered from 1 within its letter. */
public record LetterVersion(
        int number, String label, String savedBy, OffsetDateTime savedAt, LetterDocument document) {}
