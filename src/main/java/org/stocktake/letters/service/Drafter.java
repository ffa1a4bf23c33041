package org.stocktake.letters.service;

/** Writes one kind of passage from the panel's data, so that a passage inserted earlier can be checked and re-made. */
interface Drafter {

    /** The {@link org.stocktake.letters.document.Origin#source()} of what this drafter inserts. */
    String source();

    /**
     * The passage for {@code subject} as today's data gives it.
     *
     * @throws org.stocktake.shared.NotFoundException if the data it was written from is gone
     */
    Drafted draft(String subject);
}
