package org.stocktake.audit.service;

/**
 * The outcome of checking the trail: intact, or the first broken link ({@code brokenAt} is the sequence number where
 * the chain first fails) and why.
 */
public record AuditVerification(boolean intact, long entriesChecked, long brokenAt, String problem) {

    static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, 0, null);
    }

    static AuditVerification broken(long checked, long at, String problem) {
        return new AuditVerification(false, checked, at, problem);
    }

    /** A sentence for the window and the command line. */
    public String describe() {
        return intact
                ? "The audit trail is intact: " + entriesChecked + " entries checked."
                : "The audit trail is broken at entry " + brokenAt + ": " + problem;
    }
}
