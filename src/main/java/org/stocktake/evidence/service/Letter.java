package org.stocktake.evidence.service;

import java.util.List;

/**
 * A letter in the correspondence register: the document, where it sits in its thread (0 for a letter that replies to
 * none), the letters that reply to it, and where its reply stands.
 */
public record Letter(EvidenceItem item, int depth, List<Long> replies, ReplyState reply) {

    public Letter {
        replies = List.copyOf(replies);
    }

    /** Where the reply to a letter out stands. */
    public enum ReplyState {
        NOT_ASKED(""),
        AWAITED("reply awaited"),
        OVERDUE("reply overdue"),
        ANSWERED("answered");

        private final String label;

        ReplyState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
