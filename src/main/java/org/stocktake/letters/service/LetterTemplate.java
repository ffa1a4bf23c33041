package org.stocktake.letters.service;

import java.util.UUID;

/** A kind of letter the panel writes, as data: shipped ones may be edited, and users add their own. */
public record LetterTemplate(
        long id, UUID uuid, String name, String description, boolean builtIn, TemplateContent content) {}
