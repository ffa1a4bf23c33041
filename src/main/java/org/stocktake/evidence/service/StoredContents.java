package org.stocktake.evidence.service;

import java.io.InputStream;
import org.stocktake.evidence.text.Content;
import org.stocktake.shared.store.ContentStore;

/** Stored bytes as the text reader takes them: read from the store each time they are opened. */
final class StoredContents {

    private StoredContents() {}

    static Content of(ContentStore store, String sha256, long size) {
        return new Content() {
            @Override
            public InputStream open() {
                return store.open(sha256);
            }

            @Override
            public long size() {
                return size;
            }
        };
    }
}
