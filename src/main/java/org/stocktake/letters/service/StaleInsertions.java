package org.stocktake.letters.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Origin;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/**
 * Finds the passages of a letter whose data has changed since they were inserted, by drafting them again from
 * today's data and comparing fingerprints, and re-makes one on request. A passage is the run of neighbouring blocks
 * that share one {@link Origin}; blocks from a source this class does not know are left alone.
 */
final class StaleInsertions {

    static final String CHANGED = "The data this passage was written from has changed since it was inserted;"
            + " refresh it to bring it up to date.";

    private final Map<String, Drafter> drafters;
    private final Clock clock;

    StaleInsertions(List<Drafter> drafters, Clock clock) {
        this.drafters = drafters.stream().collect(Collectors.toMap(Drafter::source, Function.identity()));
        this.clock = clock;
    }

    /** The letter's stale passages, in the order they stand in its body. */
    List<StaleInsertion> stale(LetterDocument letter) {
        List<StaleInsertion> stale = new ArrayList<>();
        for (List<Block> passage : passages(letter.body())) {
            Origin origin = passage.get(0).origin();
            Drafter drafter = drafters.get(origin.source());
            if (drafter == null) {
                continue;
            }
            String reason;
            try {
                reason = drafter.draft(origin.subject()).fingerprint().equals(origin.fingerprint()) ? null : CHANGED;
            } catch (NotFoundException e) {
                reason = e.getMessage();
            }
            if (reason != null) {
                stale.add(new StaleInsertion(passage.stream().map(Block::id).toList(), origin, reason));
            }
        }
        return stale;
    }

    /**
     * The letter with the passage holding {@code blockId} drafted again from today's data, in the same place. Its
     * blocks keep their ids in order; a passage that grew gets new ids for the blocks added.
     *
     * @throws ValidationException if there is no such block, or it was not inserted from the panel's data
     * @throws NotFoundException if the data it was written from is gone
     */
    LetterDocument refresh(LetterDocument letter, String blockId) {
        List<Block> body = letter.body();
        int at = indexOf(body, blockId);
        Origin origin = body.get(at).origin();
        Drafter drafter = origin == null ? null : drafters.get(origin.source());
        if (drafter == null) {
            throw new ValidationException(
                    "That part of the letter was written by hand, so there is nothing to" + " refresh it from.");
        }
        int start = at;
        while (start > 0 && origin.equals(body.get(start - 1).origin())) {
            start--;
        }
        int end = at + 1;
        while (end < body.size() && origin.equals(body.get(end).origin())) {
            end++;
        }
        List<String> oldIds = body.subList(start, end).stream().map(Block::id).toList();
        Insertion fresh = Placing.keeping(
                origin.source(),
                origin.subject(),
                drafter.draft(origin.subject()),
                clock,
                i -> i < oldIds.size()
                        ? oldIds.get(i)
                        : java.util.UUID.randomUUID().toString());
        List<Block> refreshed = new ArrayList<>(body.subList(0, start));
        refreshed.addAll(fresh.blocks());
        refreshed.addAll(body.subList(end, body.size()));
        return letter.withBody(refreshed);
    }

    private static int indexOf(List<Block> body, String blockId) {
        for (int i = 0; i < body.size(); i++) {
            if (java.util.Objects.equals(body.get(i).id(), blockId)) {
                return i;
            }
        }
        throw new ValidationException("That part of the letter is no longer there; reopen the letter.");
    }

    /** Runs of neighbouring blocks with the same origin; blocks written by hand are in none. */
    static List<List<Block>> passages(List<Block> body) {
        List<List<Block>> passages = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        for (Block block : body) {
            boolean continues = !current.isEmpty()
                    && block.origin() != null
                    && block.origin().equals(current.get(0).origin());
            if (!continues && !current.isEmpty()) {
                passages.add(current);
                current = new ArrayList<>();
            }
            if (block.origin() != null) {
                current.add(block);
            }
        }
        if (!current.isEmpty()) {
            passages.add(current);
        }
        return passages;
    }
}
