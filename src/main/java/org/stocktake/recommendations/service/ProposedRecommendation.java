package org.stocktake.recommendations.service;

/**
 * One recommendation as found in a review's text, before anyone has checked it: its number as printed ("4", "4a"),
 * the heading it stands under (or null), its first sentence as title, the rest as body (or null), and the page it
 * starts on (1 for the first page).
 */
public record ProposedRecommendation(String number, String theme, String title, String body, int page) {

    /** As an import row, numbered {@code row} in the preview, citing {@code document} at this page. */
    public ImportRow toRow(int row, String document) {
        return new ImportRow(row, number, theme, title, body, null, null, null, document, page, false);
    }
}
