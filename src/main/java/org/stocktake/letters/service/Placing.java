package org.stocktake.letters.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Origin;

/** Gives drafted blocks their ids and their origin, as they go into a letter. */
final class Placing {

    private Placing() {}

    /** New blocks with fresh ids. */
    static Insertion fresh(String source, String subject, Drafted drafted, Clock clock) {
        return keeping(source, subject, drafted, clock, i -> UUID.randomUUID().toString());
    }

    /** Blocks that take their ids from {@code ids} by position, e.g. those of the passage they replace. */
    static Insertion keeping(String source, String subject, Drafted drafted, Clock clock, IntFunction<String> ids) {
        Origin origin = new Origin(source, subject, drafted.fingerprint(), clock.instant());
        List<Block> placed = new java.util.ArrayList<>();
        for (int i = 0; i < drafted.blocks().size(); i++) {
            placed.add(placed(drafted.blocks().get(i), ids.apply(i), origin));
        }
        return new Insertion(origin, placed);
    }

    static Block placed(Block block, String id, Origin origin) {
        if (block instanceof Block.Heading heading) {
            return new Block.Heading(id, heading.text(), origin);
        } else if (block instanceof Block.Paragraph paragraph) {
            return new Block.Paragraph(id, paragraph.runs(), origin);
        } else if (block instanceof Block.Quotation quotation) {
            return new Block.Quotation(id, quotation.runs(), origin);
        } else if (block instanceof Block.Items items) {
            return new Block.Items(id, items.numbered(), items.items(), origin);
        } else if (block instanceof Block.Note note) {
            return new Block.Note(id, note.text(), origin);
        }
        throw new IllegalArgumentException("Unknown kind of block: " + block);
    }
}
