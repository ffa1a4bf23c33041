package org.stocktake.assessments.ui;

import java.util.List;

/**
 * What the assessment grid needs of the evidence library to cite it: documents found by words, and opening one at a
 * page. The window supplies it, so the grid never depends on the library's screens.
 */
public interface CitableLibrary {

    /** Documents matching the words (all of the newest when blank), best first. Called off the FX thread. */
    List<Citable> find(String words);

    /** Opens a document of the library at a page (from 1). */
    void open(long itemId, int page);

    /** A document as the picker lists it: "Progress report, 7 Dec 2015", its page count, and the page found. */
    record Citable(long itemId, String label, int pages, int foundAt) {}
}
