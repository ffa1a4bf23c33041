package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.UUID;

/** A review, inspection or plan whose numbered recommendations the panel follows. */
public record Review(
        long id, UUID uuid, String code, String title, String author, LocalDate publishedOn, String sourceDocument) {

    /** How the review is named in lists: its title and, when known, its year. */
    public String label() {
        return publishedOn == null ? title : title + " (" + publishedOn.getYear() + ")";
    }
}
