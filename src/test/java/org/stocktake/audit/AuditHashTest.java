package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditHash;

/** Every field of an entry is under its hash: changing any one of them, or where one ends, gives another hash. */
class AuditHashTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2016, 1, 11, 17, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID ROW = UUID.fromString("6a1f6f0e-0d47-4a39-9c4b-7d0f1c2b9a11");
    private static final AuditEntry ENTRY = new AuditEntry(
            7,
            AT,
            "John Crabtree",
            "assessment",
            ROW,
            "update",
            "{\"level\":\"A\"}",
            "{\"level\":\"G\"}",
            AuditHash.GENESIS,
            null);

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditHash.of(ENTRY);
        List<AuditEntry> altered = List.of(
                new AuditEntry(
                        8,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT.plusSeconds(1),
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "Mallory",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "round",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        UUID.randomUUID(),
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "delete",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"R\"}",
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"R\"}",
                        AuditHash.GENESIS,
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        "{\"level\":\"A\"}",
                        "{\"level\":\"G\"}",
                        "1".repeat(64),
                        null),
                new AuditEntry(
                        7,
                        AT,
                        "John Crabtree",
                        "assessment",
                        ROW,
                        "update",
                        null,
                        "{\"level\":\"G\"}",
                        AuditHash.GENESIS,
                        null));

        for (AuditEntry entry : altered) {
            assertThat(AuditHash.of(entry)).as(entry.toString()).isNotEqualTo(original);
        }
    }

    @Test
    void whereOneFieldEndsAndTheNextBeginsIsPartOfTheHash() {
        AuditEntry joined = new AuditEntry(
                7, AT, "John", "Crabtree" + "assessment", ROW, "update", "{}", "{}", AuditHash.GENESIS, null);
        AuditEntry split =
                new AuditEntry(7, AT, "JohnCrabtree", "assessment", ROW, "update", "{}", "{}", AuditHash.GENESIS, null);

        assertThat(AuditHash.of(joined)).isNotEqualTo(AuditHash.of(split));
    }

    @Test
    void theHashIsSha256InHex() {
        assertThat(AuditHash.of(ENTRY)).matches("[0-9a-f]{64}").isEqualTo(AuditHash.of(ENTRY));
    }
}
