package org.stocktake.letters.service;

import java.util.List;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Origin;

/**
 * Blocks drafted from the panel's data, each carrying the same {@link Origin}, ready to go into a letter's body.
 *
 * @param blocks in the order they are to be read
 */
public record Insertion(Origin origin, List<Block> blocks) {
    public Insertion {
        blocks = List.copyOf(blocks);
    }
}
