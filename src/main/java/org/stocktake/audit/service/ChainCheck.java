package org.stocktake.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.stocktake.audit.persistence.AuditRepository;

/**
 * One pass over the chain. Every entry is checked against the one before it and its own hash; after a broken link
 * the pass carries on from the entry as stored, so each independent break is reported and every entry still reaches
 * the replay. At the end the chain's last entry is held against the head row.
 */
final class ChainCheck {

    private final Optional<AuditRepository.Head> head;
    private final long watchedSeq;
    private final Consumer<AuditEntry> next;
    private final List<AuditProblem> problems = new ArrayList<>();
    private long expectedSeq = 1;
    private String previousHash = AuditHash.GENESIS;
    private long checked;
    private String watchedHash;
    private long headFileStartedAt;

    /**
     * @param head the head row as stored
     * @param watchedSeq a sequence number whose entry's hash {@link #hashAt} should give (the head file's)
     * @param next what each entry goes on to after its check (the replay)
     */
    ChainCheck(Optional<AuditRepository.Head> head, long watchedSeq, Consumer<AuditEntry> next) {
        this.head = head;
        this.watchedSeq = watchedSeq;
        this.next = next;
    }

    boolean check(AuditEntry entry) {
        String problem = linkProblem(entry);
        if (problem != null) {
            problems.add(broken(entry.seq() > expectedSeq ? expectedSeq : entry.seq(), problem));
        }
        if (entry.seq() > expectedSeq && !AuditHash.of(entry).equals(entry.hash())) {
            problems.add(broken(entry.seq(), "its content was altered after it was written."));
        }
        if (entry.seq() == watchedSeq) {
            watchedHash = entry.hash();
        }
        if (TrailHeadFile.ENTITY.equals(entry.entity()) && headFileStartedAt == 0) {
            headFileStartedAt = entry.seq();
        }
        previousHash = entry.hash();
        expectedSeq = entry.seq() + 1;
        checked++;
        next.accept(entry);
        return true;
    }

    /** What is wrong with the entry's place in the chain or its content, or null when nothing is. */
    private String linkProblem(AuditEntry entry) {
        if (entry.seq() > expectedSeq) {
            return entry.seq() == expectedSeq + 1
                    ? "the entry is missing (deleted)."
                    : "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing (deleted).";
        }
        if (entry.seq() < expectedSeq) {
            return "entries are out of order.";
        }
        if (!entry.prevHash().equals(previousHash)) {
            return "it does not follow the entry before it (entries were reordered or replaced).";
        }
        if (!AuditHash.of(entry).equals(entry.hash())) {
            return "its content was altered after it was written.";
        }
        return null;
    }

    /** The problems found, with the last entry held against the head row. Call once the scan is over. */
    List<AuditProblem> finish() {
        long last = expectedSeq - 1;
        if (head.isEmpty()) {
            if (last > 0) {
                problems.add(new AuditProblem(
                        AuditProblem.Kind.CHAIN,
                        last,
                        "The head row (the database's record of the newest entry) is missing, though the trail"
                                + " goes on to entry " + last + "."));
            }
            return problems;
        }
        AuditRepository.Head stored = head.get();
        if (stored.seq() > last) {
            problems.add(
                    last == 0
                            ? new AuditProblem(
                                    AuditProblem.Kind.CHAIN,
                                    1,
                                    "The trail is empty, but the head row says it reached entry " + stored.seq()
                                            + ": the trail was wiped.")
                            : broken(
                                    last + 1,
                                    "entries after " + last + " are missing (the trail should end at entry "
                                            + stored.seq() + ")."));
        } else if (stored.seq() < last) {
            problems.add(broken(
                    stored.seq() + 1,
                    "the head row says the trail ends at entry " + stored.seq() + ", but it goes on to entry " + last
                            + " (entries were added outside Stocktake)."));
        } else if (!stored.hash().equals(previousHash)) {
            problems.add(broken(
                    last, "it is not the newest entry the head row recorded (it was replaced outside Stocktake)."));
        }
        return problems;
    }

    private static AuditProblem broken(long at, String why) {
        return new AuditProblem(AuditProblem.Kind.CHAIN, at, "The chain is broken at entry " + at + ": " + why);
    }

    long checked() {
        return checked;
    }

    /** The sequence number of the last entry scanned, 0 for an empty trail. */
    long last() {
        return expectedSeq - 1;
    }

    /** The stored hash of the entry with the watched sequence number, or null when there is no such entry. */
    String hashAt() {
        return watchedHash;
    }

    /** The sequence number of the entry that started the head file, or 0 when the trail has none. */
    long headFileStartedAt() {
        return headFileStartedAt;
    }
}
