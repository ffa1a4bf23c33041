package org.stocktake.audit.service;

import java.util.Optional;
import org.stocktake.audit.persistence.AuditRepository;
import org.stocktake.shared.persistence.Transaction;

/** One pass over the chain, stopping at the first link that does not hold. */
final class ChainCheck {

    private final Optional<AuditRepository.Head> head;
    private long expectedSeq = 1;
    private String previousHash = AuditHash.GENESIS;
    private long checked;
    private AuditVerification broken;

    ChainCheck(Optional<AuditRepository.Head> head) {
        this.head = head;
    }

    AuditVerification run(AuditRepository repository, Transaction tx) {
        repository.scan(tx, this::check);
        if (broken != null) {
            return broken;
        }
        long last = expectedSeq - 1;
        if (head.isEmpty()) {
            return last == 0
                    ? AuditVerification.ok(0)
                    : AuditVerification.broken(checked, last, "the record of the newest entry is missing.");
        }
        if (head.get().seq() != last || !head.get().hash().equals(previousHash)) {
            return AuditVerification.broken(
                    checked,
                    last + 1,
                    "entries after " + last + " are missing (the trail should end at entry "
                            + head.get().seq() + ").");
        }
        return AuditVerification.ok(checked);
    }

    private boolean check(AuditEntry entry) {
        if (entry.seq() != expectedSeq) {
            broken = AuditVerification.broken(
                    checked,
                    expectedSeq,
                    entry.seq() > expectedSeq ? "the entry is missing (deleted)." : "entries are out of order.");
            return false;
        }
        if (!entry.prevHash().equals(previousHash)) {
            broken = AuditVerification.broken(
                    checked,
                    entry.seq(),
                    "it does not follow the entry before it (entries were reordered or replaced).");
            return false;
        }
        if (!AuditHash.of(entry).equals(entry.hash())) {
            broken = AuditVerification.broken(checked, entry.seq(), "its content was altered after it was written.");
            return false;
        }
        previousHash = entry.hash();
        expectedSeq++;
        checked++;
        return true;
    }
}
