package org.stocktake.evidence.search;

/**
 * The search index could not be read or written (a full disk, a file damaged while open). The message is one plain
 * sentence for the user; the index then reports {@link SearchIndex#needsRebuild()}.
 */
public class SearchIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
