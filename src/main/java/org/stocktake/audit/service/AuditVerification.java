package org.stocktake.audit.service;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of checking the trail: every problem found in the chain, its head (in the database and in the head
 * file), its signed checkpoints and the data compared with the trail, in that order; none when all is well. {@code
 * checkpoints} is one line on the checkpoints whatever was found (how many held, or why there are none), or empty.
 */
public record AuditVerification(long entriesChecked, List<AuditProblem> problems, String checkpoints) {

    public AuditVerification {
        problems = List.copyOf(problems);
        checkpoints = checkpoints == null ? "" : checkpoints;
    }

    /** A verification that says nothing of checkpoints. */
    public AuditVerification(long entriesChecked, List<AuditProblem> problems) {
        this(entriesChecked, problems, "");
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The sequence number where the chain or its head first fails, or 0 when they hold. */
    public long brokenAt() {
        return problems.stream()
                .filter(p -> p.kind() != AuditProblem.Kind.DATA && p.entry() > 0)
                .mapToLong(AuditProblem::entry)
                .findFirst()
                .orElse(0);
    }

    /** Whether the data differs from the trail somewhere. */
    public boolean dataDiffers() {
        return problems.stream().anyMatch(p -> p.kind() == AuditProblem.Kind.DATA);
    }

    /** The first problem's sentence, or null when intact. */
    public String problem() {
        return intact() ? null : problems.get(0).text();
    }

    /** One line: "Audit trail intact: 1,234 entries; data agrees with the trail." or how many problems there are. */
    public String summary() {
        String entries = String.format(Locale.UK, "%,d", entriesChecked);
        if (intact()) {
            return "Audit trail intact: " + entries + (entriesChecked == 1 ? " entry" : " entries")
                    + "; data agrees with the trail.";
        }
        return "The audit trail is broken: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found (" + entries + " entries checked).";
    }

    /** The summary and, when broken, every problem on a line of its own. */
    public String describe() {
        StringBuilder text = new StringBuilder(summary());
        problems.forEach(p -> text.append("\n- ").append(p.text()));
        return text.toString();
    }

    /** Whether any checkpoint failed, or the chain failed where a checkpoint holds it. */
    public boolean checkpointsFail() {
        return problems.stream().anyMatch(p -> p.kind() == AuditProblem.Kind.CHECKPOINT);
    }
}
