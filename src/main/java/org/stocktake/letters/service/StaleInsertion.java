package org.stocktake.letters.service;

import java.util.List;
import org.stocktake.letters.document.Origin;

/**
 * A passage of a letter inserted from the panel's data that no longer agrees with it.
 *
 * @param blockIds the passage's blocks, in order (refresh any one of them to re-make the passage)
 * @param reason one plain sentence saying why, for the drafter to read
 */
public record StaleInsertion(List<String> blockIds, Origin origin, String reason) {
    public StaleInsertion {
        blockIds = List.copyOf(blockIds);
    }
}
