package org.stocktake.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.audit.persistence.HeadFile;
import org.stocktake.shared.persistence.Transaction;

/**
 * The head file as the trail sees it: started once, recorded in the trail when it starts, and checked against the
 * chain. The file may lag behind the database (the process can die between a commit and the file's update), so a
 * file behind the trail is accepted when the trail's entry at the file's sequence number has the file's hash.
 */
final class TrailHeadFile {

    /** The trail's entry that marks when the workspace started keeping the file. */
    static final String ENTITY = "audit-head-file";

    static final UUID ROW = UUID.nameUUIDFromBytes("org.stocktake.audit.head-file".getBytes(StandardCharsets.UTF_8));

    /** What the starting entry records: the file's name and the entry the trail had reached. */
    record Started(String file, long afterEntry) {}

    /** The file as read before a check: its head, or why it could not be read. */
    record Reading(boolean present, AuditRepository.Head head, String damage) {

        static Reading of(HeadFile file) {
            try {
                Optional<AuditRepository.Head> head = file.read();
                return new Reading(head.isPresent(), head.orElse(null), null);
            } catch (HeadFile.DamagedException e) {
                return new Reading(true, null, e.getMessage());
            }
        }

        long seq() {
            return head == null ? 0 : head.seq();
        }
    }

    private static final String WHERE = "'" + HeadFile.NAME + "' in the workspace folder";

    private final HeadFile file;
    private final AuditRepository repository;

    TrailHeadFile(HeadFile file, AuditRepository repository) {
        this.file = file;
        this.repository = repository;
    }

    /**
     * Starts the file when the workspace has none and the trail never had one: a new workspace, or one from before
     * the file existed. The file is written first with the head as it stands, then the starting entry is appended
     * in {@code tx}; its commit moves the file on. A crash in between leaves the file one entry behind, which is
     * accepted. A trail that records a start while the file is missing is left alone: verification reports it.
     *
     * @return the state to record as the starting entry, or empty when nothing was started
     * @throws UncheckedIOException if the file cannot be written
     */
    Optional<Started> startIn(Transaction tx) {
        if (file.exists() || repository.hasEntriesAbout(tx, ROW)) {
            return Optional.empty();
        }
        AuditRepository.Head now = repository.headForUpdate(tx).orElse(new AuditRepository.Head(0, AuditHash.GENESIS));
        try {
            file.write(now);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit head file could not be written: " + e.getMessage(), e);
        }
        return Optional.of(new Started(HeadFile.NAME, now.seq()));
    }

    /** What is wrong with the file as read before the scan, given the chain as scanned. */
    static List<AuditProblem> check(Reading reading, ChainCheck chain) {
        List<AuditProblem> problems = new ArrayList<>();
        long last = chain.last();
        if (!reading.present()) {
            if (last > 0) {
                String since = chain.headFileStartedAt() > 0
                        ? "though the trail started keeping it at entry " + chain.headFileStartedAt()
                        : "though the trail has " + last + " entries";
                problems.add(problem(
                        last,
                        "The head file (" + WHERE + ") is missing, " + since
                                + ": it was deleted, perhaps to hide entries cut off the trail."));
            }
        } else if (reading.damage() != null) {
            problems.add(
                    problem(last, "The head file (" + WHERE + ") was altered or damaged: " + reading.damage() + "."));
        } else if (reading.seq() > last) {
            problems.add(problem(
                    last + 1,
                    last == 0
                            ? "The trail is empty, but the head file (" + WHERE + ") says it reached entry "
                                    + reading.seq() + ": the trail was wiped."
                            : "The trail ends at entry " + last + ", but the head file (" + WHERE
                                    + ") says it reached entry " + reading.seq()
                                    + ": the newest entries were cut off."));
        } else if (reading.seq() > 0 && !reading.head().hash().equals(chain.hashAt())) {
            problems.add(problem(
                    reading.seq(),
                    "Entry " + reading.seq() + " is not the one the head file (" + WHERE
                            + ") recorded: the trail was rewritten from there."));
        }
        return problems;
    }

    private static AuditProblem problem(long entry, String text) {
        return new AuditProblem(AuditProblem.Kind.HEAD_FILE, entry, text);
    }
}
