package org.stocktake.audit.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.stocktake.shared.persistence.Transaction;

/**
 * How a row as stored now differs from the trail's last state of it, field by field, in words. Only fields both
 * states have are compared: a field added to a record since the entry was written cannot have been recorded, and
 * one removed can no longer be read, so neither counts as a difference. Nested objects are compared field by field.
 */
final class StateDifferences {

    private final Transaction tx;
    private final AuditedEntities kind;
    private final List<String> differences = new ArrayList<>();
    private final List<String> derivedDifferences = new ArrayList<>();

    private StateDifferences(Transaction tx, AuditedEntities kind) {
        this.tx = tx;
        this.kind = kind;
    }

    /** Each differing field as "title is 'X' but the trail's last entry says 'Y'"; empty when the states agree. */
    static List<String> between(Transaction tx, AuditedEntities kind, JsonNode now, JsonNode then) {
        StateDifferences found = new StateDifferences(tx, kind);
        found.walk("", now, then);
        return found.differences.isEmpty() ? found.derivedDifferences : found.differences;
    }

    private void walk(String prefix, JsonNode now, JsonNode then) {
        for (Iterator<String> names = then.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!now.has(name)) {
                continue;
            }
            JsonNode a = now.get(name);
            JsonNode b = then.get(name);
            if (a.equals(b)) {
                continue;
            }
            String path = prefix + name;
            if (a.isObject() && b.isObject()) {
                walk(path + ".", a, b);
            } else {
                (kind.derived().contains(path) ? derivedDifferences : differences).add(describe(path, a, b));
            }
        }
    }

    private String describe(String path, JsonNode now, JsonNode then) {
        String field = kind.fieldName(path);
        if (now.isArray() && then.isArray()) {
            return now.size() == then.size()
                    ? field + " differ from the trail's last entry"
                    : field + " number " + now.size() + " but the trail's last entry has " + then.size();
        }
        return field + " is " + kind.value(tx, path, text(now)) + " but the trail's last entry says "
                + kind.value(tx, path, text(then));
    }

    /** A value as text: scalars as they read, null as null, anything else as JSON. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
