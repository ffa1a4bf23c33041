package org.stocktake.evidence.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.EVIDENCE_ITEM;
import static org.stocktake.shared.persistence.jooq.Tables.EVIDENCE_PAGE;
import static org.stocktake.shared.persistence.jooq.Tables.EVIDENCE_PARTY;
import static org.stocktake.shared.persistence.jooq.Tables.EVIDENCE_TAG;
import static org.stocktake.shared.persistence.jooq.Tables.PERSON;
import static org.stocktake.shared.persistence.jooq.Tables.STORED_FILE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.stocktake.evidence.service.DatePrecision;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.NewEvidence;
import org.stocktake.evidence.service.Party;
import org.stocktake.evidence.service.TextStatus;
import org.stocktake.shared.persistence.Transaction;

/** Documents, their stored files, pages, parties and tags. Every method joins the caller's transaction. */
public final class EvidenceRepository {

    private static final String FROM = "FROM";
    private static final String TO = "TO";

    /** Records stored content unless it is recorded already. */
    public void recordStoredFile(Transaction tx, String sha256, long size, String mediaType, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        if (!dsl.fetchExists(STORED_FILE, STORED_FILE.SHA256.eq(sha256))) {
            dsl.insertInto(STORED_FILE)
                    .set(STORED_FILE.SHA256, sha256)
                    .set(STORED_FILE.SIZE_BYTES, size)
                    .set(STORED_FILE.MEDIA_TYPE, mediaType)
                    .set(STORED_FILE.STORED_AT, now)
                    .execute();
        }
    }

    /** Inserts the item with its parties, tags and pages; returns its id. */
    public long insert(Transaction tx, NewEvidence item, String addedBy, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        EvidenceDraft f = item.fields();
        long id = dsl.insertInto(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.UUID, UUID.randomUUID())
                .set(EVIDENCE_ITEM.SHA256, item.sha256())
                .set(EVIDENCE_ITEM.FILE_NAME, item.fileName())
                .set(EVIDENCE_ITEM.TITLE, f.title())
                .set(EVIDENCE_ITEM.DATED, f.dated())
                .set(
                        EVIDENCE_ITEM.DATE_PRECISION,
                        f.precision() == null ? null : f.precision().name())
                .set(EVIDENCE_ITEM.KIND, f.kind().name())
                .set(EVIDENCE_ITEM.SOURCE, f.source())
                .set(EVIDENCE_ITEM.REFERENCE, f.reference())
                .set(
                        EVIDENCE_ITEM.GUESSED,
                        String.join(",", item.guessed().stream().sorted().toList()))
                .set(EVIDENCE_ITEM.TEXT_STATUS, item.textStatus().name())
                .set(EVIDENCE_ITEM.TEXT_NOTE, item.textNote())
                .set(EVIDENCE_ITEM.PAGE_COUNT, item.pages().size())
                .set(EVIDENCE_ITEM.ATTACHED_TO_ID, item.attachedToId())
                .set(EVIDENCE_ITEM.REPLIES_TO_ID, f.repliesToId())
                .set(EVIDENCE_ITEM.REPLY_BY, f.replyBy())
                .set(EVIDENCE_ITEM.ADDED_BY, addedBy)
                .set(EVIDENCE_ITEM.CREATED_AT, now)
                .set(EVIDENCE_ITEM.UPDATED_AT, now)
                .returning(EVIDENCE_ITEM.ID)
                .fetchOne()
                .getId();
        writeParties(dsl, id, f);
        writeTags(dsl, id, f.tags());
        replacePages(tx, id, item.pages());
        return id;
    }

    /** Writes the fields a person edited and which of them are still guessed. */
    public void update(Transaction tx, long id, EvidenceDraft f, Set<String> guessed, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        dsl.update(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.TITLE, f.title())
                .set(EVIDENCE_ITEM.DATED, f.dated())
                .set(
                        EVIDENCE_ITEM.DATE_PRECISION,
                        f.precision() == null ? null : f.precision().name())
                .set(EVIDENCE_ITEM.KIND, f.kind().name())
                .set(EVIDENCE_ITEM.SOURCE, f.source())
                .set(EVIDENCE_ITEM.REFERENCE, f.reference())
                .set(
                        EVIDENCE_ITEM.GUESSED,
                        String.join(",", guessed.stream().sorted().toList()))
                .set(EVIDENCE_ITEM.REPLIES_TO_ID, f.repliesToId())
                .set(EVIDENCE_ITEM.REPLY_BY, f.replyBy())
                .set(EVIDENCE_ITEM.UPDATED_AT, now)
                .where(EVIDENCE_ITEM.ID.eq(id))
                .execute();
        dsl.deleteFrom(EVIDENCE_PARTY).where(EVIDENCE_PARTY.ITEM_ID.eq(id)).execute();
        dsl.deleteFrom(EVIDENCE_TAG).where(EVIDENCE_TAG.ITEM_ID.eq(id)).execute();
        writeParties(dsl, id, f);
        writeTags(dsl, id, f.tags());
    }

    /** Replaces the text of an item's pages, e.g. once OCR has read them. */
    public void replaceText(
            Transaction tx, long id, List<String> pages, TextStatus status, String note, OffsetDateTime now) {
        tx.jooq()
                .update(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.TEXT_STATUS, status.name())
                .set(EVIDENCE_ITEM.TEXT_NOTE, note)
                .set(EVIDENCE_ITEM.PAGE_COUNT, pages.size())
                .set(EVIDENCE_ITEM.UPDATED_AT, now)
                .where(EVIDENCE_ITEM.ID.eq(id))
                .execute();
        replacePages(tx, id, pages);
    }

    private void replacePages(Transaction tx, long id, List<String> pages) {
        DSLContext dsl = tx.jooq();
        dsl.deleteFrom(EVIDENCE_PAGE).where(EVIDENCE_PAGE.ITEM_ID.eq(id)).execute();
        if (pages.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(EVIDENCE_PAGE, EVIDENCE_PAGE.ITEM_ID, EVIDENCE_PAGE.PAGE, EVIDENCE_PAGE.TEXT);
        for (int i = 0; i < pages.size(); i++) {
            insert = insert.values(id, i + 1, pages.get(i));
        }
        insert.execute();
    }

    private static void writeParties(DSLContext dsl, long id, EvidenceDraft f) {
        writeSide(dsl, id, FROM, f.senders());
        writeSide(dsl, id, TO, f.recipients());
    }

    private static void writeSide(DSLContext dsl, long id, String side, List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            Long personId = party.personId() == null
                    ? null
                    : dsl.select(PERSON.ID)
                            .from(PERSON)
                            .where(PERSON.UUID.eq(party.personId()))
                            .fetchOne(PERSON.ID);
            dsl.insertInto(EVIDENCE_PARTY)
                    .set(EVIDENCE_PARTY.ITEM_ID, id)
                    .set(EVIDENCE_PARTY.SIDE, side)
                    .set(EVIDENCE_PARTY.POSITION, i + 1)
                    .set(EVIDENCE_PARTY.NAME, party.name())
                    .set(EVIDENCE_PARTY.PERSON_ID, personId)
                    .set(EVIDENCE_PARTY.OFFICE, party.office())
                    .execute();
        }
    }

    private static void writeTags(DSLContext dsl, long id, List<String> tags) {
        for (String tag : new LinkedHashSet<>(tags)) {
            dsl.insertInto(EVIDENCE_TAG)
                    .set(EVIDENCE_TAG.ITEM_ID, id)
                    .set(EVIDENCE_TAG.TAG, tag)
                    .execute();
        }
    }

    public Optional<EvidenceItem> find(Transaction tx, long id) {
        return items(tx, EVIDENCE_ITEM.ID.eq(id)).stream().findFirst();
    }

    public Optional<EvidenceItem> findByContent(Transaction tx, String sha256) {
        // Most content is new: one indexed lookup answers that before the whole item is read.
        boolean known = tx.jooq().fetchExists(EVIDENCE_ITEM, EVIDENCE_ITEM.SHA256.eq(sha256));
        return known ? items(tx, EVIDENCE_ITEM.SHA256.eq(sha256)).stream().findFirst() : Optional.empty();
    }

    /** Every item, newest document first (undated last), then in the order added. */
    public List<EvidenceItem> all(Transaction tx) {
        return items(tx, DSL.noCondition());
    }

    private List<EvidenceItem> items(Transaction tx, Condition condition) {
        DSLContext dsl = tx.jooq();
        List<Record> rows = dsl.select()
                .from(EVIDENCE_ITEM)
                .join(STORED_FILE)
                .on(STORED_FILE.SHA256.eq(EVIDENCE_ITEM.SHA256))
                .where(condition)
                .orderBy(EVIDENCE_ITEM.DATED.desc().nullsLast(), EVIDENCE_ITEM.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(r -> r.get(EVIDENCE_ITEM.ID)).collect(Collectors.toSet());
        boolean all = condition.equals(DSL.noCondition());
        Map<Long, List<Party>> senders = new HashMap<>();
        Map<Long, List<Party>> recipients = new HashMap<>();
        dsl.select(EVIDENCE_PARTY.ITEM_ID, EVIDENCE_PARTY.SIDE, EVIDENCE_PARTY.NAME, EVIDENCE_PARTY.OFFICE, PERSON.UUID)
                .from(EVIDENCE_PARTY)
                .leftJoin(PERSON)
                .on(PERSON.ID.eq(EVIDENCE_PARTY.PERSON_ID))
                .where(all ? DSL.noCondition() : EVIDENCE_PARTY.ITEM_ID.in(ids))
                .orderBy(EVIDENCE_PARTY.ITEM_ID, EVIDENCE_PARTY.SIDE, EVIDENCE_PARTY.POSITION)
                .forEach(r -> (FROM.equals(r.value2()) ? senders : recipients)
                        .computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Party(r.value3(), r.value5(), r.value4())));
        Map<Long, List<String>> tags = new HashMap<>();
        dsl.select(EVIDENCE_TAG.ITEM_ID, EVIDENCE_TAG.TAG)
                .from(EVIDENCE_TAG)
                .where(all ? DSL.noCondition() : EVIDENCE_TAG.ITEM_ID.in(ids))
                .orderBy(EVIDENCE_TAG.ITEM_ID, EVIDENCE_TAG.TAG)
                .forEach(r ->
                        tags.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<EvidenceItem> items = new ArrayList<>(rows.size());
        for (Record r : rows) {
            long id = r.get(EVIDENCE_ITEM.ID);
            String precision = r.get(EVIDENCE_ITEM.DATE_PRECISION);
            String guessed = r.get(EVIDENCE_ITEM.GUESSED);
            items.add(new EvidenceItem(
                    id,
                    r.get(EVIDENCE_ITEM.UUID),
                    r.get(EVIDENCE_ITEM.SHA256),
                    r.get(EVIDENCE_ITEM.FILE_NAME),
                    r.get(STORED_FILE.MEDIA_TYPE),
                    r.get(STORED_FILE.SIZE_BYTES),
                    r.get(EVIDENCE_ITEM.TITLE),
                    r.get(EVIDENCE_ITEM.DATED),
                    precision == null ? null : DatePrecision.valueOf(precision),
                    EvidenceKind.valueOf(r.get(EVIDENCE_ITEM.KIND)),
                    senders.getOrDefault(id, List.of()),
                    recipients.getOrDefault(id, List.of()),
                    r.get(EVIDENCE_ITEM.SOURCE),
                    r.get(EVIDENCE_ITEM.REFERENCE),
                    tags.getOrDefault(id, List.of()),
                    guessed.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(guessed.split(","))),
                    TextStatus.valueOf(r.get(EVIDENCE_ITEM.TEXT_STATUS)),
                    r.get(EVIDENCE_ITEM.TEXT_NOTE),
                    r.get(EVIDENCE_ITEM.PAGE_COUNT),
                    r.get(EVIDENCE_ITEM.ATTACHED_TO_ID),
                    r.get(EVIDENCE_ITEM.REPLIES_TO_ID),
                    r.get(EVIDENCE_ITEM.REPLY_BY),
                    r.get(EVIDENCE_ITEM.ADDED_BY),
                    r.get(EVIDENCE_ITEM.CREATED_AT),
                    r.get(EVIDENCE_ITEM.UPDATED_AT)));
        }
        return items;
    }

    /** The text of each page of an item, first page first. */
    public List<String> pages(Transaction tx, long id) {
        return tx.jooq()
                .select(EVIDENCE_PAGE.TEXT)
                .from(EVIDENCE_PAGE)
                .where(EVIDENCE_PAGE.ITEM_ID.eq(id))
                .orderBy(EVIDENCE_PAGE.PAGE)
                .fetch(EVIDENCE_PAGE.TEXT);
    }

    /** Every digest a record refers to: what the file store must keep. */
    public Set<String> storedDigests(Transaction tx) {
        return new HashSet<>(
                tx.jooq().select(STORED_FILE.SHA256).from(STORED_FILE).fetch(STORED_FILE.SHA256));
    }

    public long count(Transaction tx) {
        return tx.jooq().fetchCount(EVIDENCE_ITEM);
    }
}
