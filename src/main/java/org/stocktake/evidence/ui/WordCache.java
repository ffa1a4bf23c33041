package org.stocktake.evidence.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;

/**
 * The word boxes of pages read lately, by document and page, so a second find, or the same document opened again,
 * marks at once rather than reading a scanned page by OCR again. Derived data: what is not kept is read again. Only
 * the FX thread uses it.
 */
final class WordCache {

    /** A few documents' worth: a page's boxes take about a hundred kilobytes. */
    private static final int KEPT_PAGES = 60;

    private final Map<String, PageWords> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageWords> eldest) {
            return size() > KEPT_PAGES;
        }
    };

    PageWords get(String document, int page) {
        return pages.get(document + "#" + page);
    }

    void put(String document, int page, PageWords words) {
        pages.put(document + "#" + page, words);
    }
}
