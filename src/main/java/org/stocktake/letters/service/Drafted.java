package org.stocktake.letters.service;

import java.util.List;
import org.stocktake.letters.document.Block;

/**
 * What a drafter made of today's data: the fingerprint of that data and the blocks, not yet given ids or an origin.
 */
record Drafted(String fingerprint, List<Block> blocks) {
    Drafted {
        blocks = List.copyOf(blocks);
    }
}
