package org.stocktake.audit.service;

/**
 * One thing verification found wrong, as a sentence for the user. {@code entry} is the sequence number where the
 * chain or its head first fails, or 0 when the problem is in the data rather than the chain.
 */
public record AuditProblem(Kind kind, long entry, String text) {

    /** Where the problem lies. */
    public enum Kind {
        /** A link of the chain, or the head row in the database. */
        CHAIN,
        /** The head file kept outside the database. */
        HEAD_FILE,
        /** The data, which differs from the trail's last state of it. */
        DATA,
        /** A signed checkpoint of the chain's head, or the chain where a checkpoint holds it. */
        CHECKPOINT
    }
}
