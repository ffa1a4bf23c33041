package org.stocktake.recommendations.service;

/**
 * The review that imported recommendations go into: an existing review, named by its code, when
 * {@code newReviewTitle} is null; otherwise a new review with this code and title.
 */
public record ImportTarget(String reviewCode, String newReviewTitle) {

    /** An existing review. */
    public static ImportTarget existing(String reviewCode) {
        return new ImportTarget(reviewCode, null);
    }

    /** A review that the import creates. */
    public static ImportTarget newReview(String reviewCode, String title) {
        return new ImportTarget(reviewCode, title);
    }

    public boolean isNew() {
        return newReviewTitle != null;
    }
}
