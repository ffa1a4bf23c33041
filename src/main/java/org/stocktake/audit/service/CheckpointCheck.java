package org.stocktake.audit.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.stocktake.shared.crypto.Ed25519;
import org.stocktake.shared.persistence.Transaction;

/**
 * The checkpoints held against the chain as it is scanned and against the members' public keys. Each checkpoint must
 * carry a valid signature by a key the workspace made for its signer, and the chain must still have, at the signed
 * sequence number, the signed hash, reached by unbroken links: a chain rewritten from any earlier entry (every hash
 * recomputed) ends at another hash there, and a single altered entry breaks a link before it.
 */
final class CheckpointCheck implements Consumer<AuditEntry> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final List<Checkpoint> checkpoints;
    private final Map<Long, String> hashes = new HashMap<>();
    private final ZoneId zone;

    CheckpointCheck(List<Checkpoint> checkpoints, ZoneId zone) {
        this.checkpoints = checkpoints;
        this.zone = zone;
        checkpoints.forEach(c -> hashes.put(c.seq(), null));
    }

    @Override
    public void accept(AuditEntry entry) {
        if (hashes.containsKey(entry.seq())) {
            hashes.put(entry.seq(), entry.hash());
        }
    }

    /** What is wrong with the checkpoints, given the keys and the problems the chain showed. Call after the scan. */
    List<AuditProblem> problems(Transaction tx, CheckpointKeys keys, List<AuditProblem> chainProblems) {
        long firstBreak = chainProblems.stream()
                .filter(p -> p.kind() == AuditProblem.Kind.CHAIN && p.entry() > 0)
                .mapToLong(AuditProblem::entry)
                .min()
                .orElse(Long.MAX_VALUE);
        List<AuditProblem> problems = new ArrayList<>();
        for (Checkpoint checkpoint : checkpoints) {
            problem(tx, keys, checkpoint, firstBreak)
                    .ifPresent(text ->
                            problems.add(new AuditProblem(AuditProblem.Kind.CHECKPOINT, checkpoint.seq(), text)));
        }
        return problems;
    }

    private Optional<String> problem(Transaction tx, CheckpointKeys keys, Checkpoint checkpoint, long firstBreak) {
        String named = named(checkpoint);
        Optional<CheckpointKeys.Key> key = keys.byFingerprint(tx, checkpoint.keyFingerprint());
        if (key.isEmpty()) {
            return Optional.of(named + " was signed with a key no member of this workspace has had: it was forged, or"
                    + " the key was removed.");
        }
        if (!key.get().member().equals(checkpoint.signerUuid())) {
            return Optional.of(named + " was signed with another member's key: it was forged.");
        }
        if (!Ed25519.verifies(key.get().publicKey(), checkpoint.message(), signature(checkpoint))) {
            return Optional.of(named + " does not carry a valid signature by " + checkpoint.signer()
                    + "'s key: it was forged or altered, or the key was changed outside Stocktake.");
        }
        String stored = hashes.get(checkpoint.seq());
        if (stored == null) {
            return Optional.of(named + " signed entry " + checkpoint.seq() + ", which the trail no longer has: entries"
                    + " were cut off or the trail rewritten.");
        }
        if (!stored.equals(checkpoint.hash())) {
            return Optional.of("Entry " + checkpoint.seq() + " is not the one " + uncapitalised(named)
                    + " signed: the trail was rewritten up to there.");
        }
        if (firstBreak <= checkpoint.seq()) {
            return Optional.of(named + " no longer holds: the chain is broken at entry " + firstBreak
                    + ", before it, so entries it vouched for were altered.");
        }
        return Optional.empty();
    }

    /**
     * One line on the checkpoints for the report, whatever was found: how many were checked and the newest, or why
     * there are none; and who cannot sign.
     */
    String note(Transaction tx, CheckpointKeys keys) {
        if (!keys.anyMembers(tx) && checkpoints.isEmpty()) {
            return "No checkpoints: this workspace has no members, so nobody signs the trail and it is checked by its"
                    + " hashes alone, as before.";
        }
        StringBuilder text = new StringBuilder();
        if (checkpoints.isEmpty()) {
            text.append("No checkpoints yet: one is signed each time a member with a signing key finalises a round or"
                    + " issues a letter.");
        } else {
            Checkpoint newest = checkpoints.get(checkpoints.size() - 1);
            text.append(checkpoints.size())
                    .append(checkpoints.size() == 1 ? " signed checkpoint" : " signed checkpoints")
                    .append(" checked; the newest, of entry ")
                    .append(newest.seq())
                    .append(", was signed by ")
                    .append(newest.signer())
                    .append(" on ")
                    .append(DAY.format(newest.signedAt().atZoneSameInstant(zone)))
                    .append('.');
        }
        List<String> unsigned = keys.withoutKeys(tx);
        if (!unsigned.isEmpty()) {
            text.append(" Without a signing key, so that what they finalise or issue is not checkpointed: ")
                    .append(unsigned.stream().collect(Collectors.joining(", ")))
                    .append('.');
        }
        return text.toString();
    }

    private String named(Checkpoint checkpoint) {
        return "The checkpoint of entry " + checkpoint.seq() + " (" + checkpoint.occasion() + ", signed by "
                + checkpoint.signer() + " on "
                + DAY.format(checkpoint.signedAt().atZoneSameInstant(zone)) + ")";
    }

    private static String uncapitalised(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static byte[] signature(Checkpoint checkpoint) {
        try {
            return Base64.getDecoder().decode(checkpoint.signature());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
