package org.stocktake.evidence.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.EVIDENCE_LINK;
import static org.stocktake.shared.persistence.jooq.Tables.RECOMMENDATION;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.stocktake.shared.persistence.Transaction;

/** Documents linked to the recommendations they bear on. Every method joins the caller's transaction. */
public final class EvidenceLinkRepository {

    /**
     * Whether the recommendation is in the register and not deleted, as the caller's transaction sees it: asked
     * before a link is written, so that a link never names a recommendation the register no longer shows.
     */
    public boolean inRegister(Transaction tx, long recommendationId) {
        return tx.jooq()
                .fetchExists(
                        RECOMMENDATION, RECOMMENDATION.ID.eq(recommendationId).and(RECOMMENDATION.DELETED_AT.isNull()));
    }

    /** Links the item to a recommendation unless it is linked already; true when a link was added. */
    public boolean link(Transaction tx, long itemId, long recommendationId, Integer page, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        boolean exists = dsl.fetchExists(
                EVIDENCE_LINK,
                EVIDENCE_LINK.ITEM_ID.eq(itemId).and(EVIDENCE_LINK.RECOMMENDATION_ID.eq(recommendationId)));
        if (exists) {
            return false;
        }
        dsl.insertInto(EVIDENCE_LINK)
                .set(EVIDENCE_LINK.UUID, UUID.randomUUID())
                .set(EVIDENCE_LINK.ITEM_ID, itemId)
                .set(EVIDENCE_LINK.RECOMMENDATION_ID, recommendationId)
                .set(EVIDENCE_LINK.PAGE, page)
                .set(EVIDENCE_LINK.CREATED_AT, now)
                .execute();
        return true;
    }

    /** The recommendations each item is linked to, by item id. */
    public Map<Long, Set<Long>> links(Transaction tx) {
        Map<Long, Set<Long>> links = new HashMap<>();
        tx.jooq()
                .select(EVIDENCE_LINK.ITEM_ID, EVIDENCE_LINK.RECOMMENDATION_ID)
                .from(EVIDENCE_LINK)
                .forEach(r ->
                        links.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return links;
    }

    /** The items linked to a recommendation, with the page each link names. */
    public Map<Long, Integer> linkedTo(Transaction tx, long recommendationId) {
        Map<Long, Integer> items = new HashMap<>();
        tx.jooq()
                .select(EVIDENCE_LINK.ITEM_ID, EVIDENCE_LINK.PAGE)
                .from(EVIDENCE_LINK)
                .where(EVIDENCE_LINK.RECOMMENDATION_ID.eq(recommendationId))
                .forEach(r -> items.put(r.value1(), r.value2()));
        return items;
    }
}
