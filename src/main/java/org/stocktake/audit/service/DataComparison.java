package org.stocktake.audit.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.stocktake.shared.persistence.Transaction;

/**
 * The data held against the replayed trail: every row of each compared kind must equal the trail's last state of
 * it, every row the trail says exists must exist, and every row must be known to the trail. Rows are compared as
 * serialised JSON text first, which settles nearly all of them at the cost of one string comparison; only rows that
 * differ as text are parsed and compared field by field.
 */
final class DataComparison {

    /** Beyond this many differences only a count is given: naming each would cost time and help nobody. */
    static final int MAX_REPORTED = 100;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu 'at' HH:mm 'UTC'", Locale.UK);

    private final TrailJson json;
    private final Transaction tx;
    private final List<AuditProblem> problems;
    private int reported;
    private int unreported;

    private DataComparison(TrailJson json, Transaction tx, List<AuditProblem> problems) {
        this.json = json;
        this.tx = tx;
        this.problems = problems;
    }

    /** Adds to {@code problems} every difference between the data and the trail, for every kind compared. */
    static void compare(
            TrailJson json,
            Transaction tx,
            List<AuditedEntities> kinds,
            TrailReplay replay,
            List<AuditProblem> problems) {
        DataComparison comparison = new DataComparison(json, tx, problems);
        kinds.forEach(kind -> comparison.compare(kind, replay.of(kind.entity())));
        if (comparison.unreported > 0) {
            problems.add(new AuditProblem(
                    AuditProblem.Kind.DATA,
                    0,
                    "… and " + comparison.unreported + " more differences between the data and the trail."));
        }
    }

    private void compare(AuditedEntities kind, Map<UUID, TrailReplay.LastState> trail) {
        Map<UUID, Object> current = new HashMap<>(kind.current(tx));
        trail.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().seq()))
                .forEach(e -> compare(kind, e.getKey(), e.getValue(), current.remove(e.getKey())));
        current.values().stream()
                .map(json::write)
                .sorted()
                .forEach(row -> report(() -> name(kind, json.read(row))
                        + " is in the data, but the trail has no entry about it: it was added outside Stocktake."));
    }

    private void compare(AuditedEntities kind, UUID uuid, TrailReplay.LastState last, Object now) {
        if (last.after() == null) {
            if (now != null) {
                report(() ->
                        name(kind, json.read(json.write(now))) + " is in the data, but the trail's last entry about"
                                + " it (" + when(last) + ") says it was deleted.");
            }
            return;
        }
        if (now == null) {
            report(() -> name(kind, json.read(last.after()))
                    + (kind.keptAsDeleted(tx, uuid) ? " is marked deleted" : " is missing from the data")
                    + ", but the trail's last entry about it (" + when(last) + ") says it exists.");
            return;
        }
        String stored = json.write(now);
        if (stored.equals(last.after())) {
            return;
        }
        JsonNode nowState = json.read(stored);
        JsonNode trailState = json.read(last.after());
        if (trailState == null || !trailState.isObject()) {
            report(() -> name(kind, nowState) + " differs from the trail's last entry about it (" + when(last) + ").");
            return;
        }
        List<String> differences = StateDifferences.between(tx, kind, nowState, trailState);
        if (!differences.isEmpty()) {
            report(() -> name(kind, nowState) + ": " + String.join("; ", differences) + " (" + when(last) + ").");
        }
    }

    private void report(Supplier<String> text) {
        if (reported >= MAX_REPORTED) {
            unreported++;
            return;
        }
        reported++;
        String sentence = text.get();
        problems.add(new AuditProblem(
                AuditProblem.Kind.DATA, 0, sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1)));
    }

    private String name(AuditedEntities kind, JsonNode state) {
        return kind.name(tx, field -> state == null ? null : StateDifferences.text(state.get(field)));
    }

    private static String when(TrailReplay.LastState last) {
        return "entry " + last.seq() + ", " + last.action() + " by " + last.actor() + " on "
                + WHEN.format(last.recordedAt().withOffsetSameInstant(ZoneOffset.UTC));
    }
}
