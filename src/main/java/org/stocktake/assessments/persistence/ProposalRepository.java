package org.stocktake.assessments.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.RATING_PROPOSAL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.stocktake.assessments.service.Proposal;
import org.stocktake.assessments.service.ProposalStatus;
import org.stocktake.shared.persistence.Transaction;

/** Proposed ratings. Every method joins the caller's transaction. */
public final class ProposalRepository {

    /** Stores an open proposal; returns it as stored. */
    public Proposal insert(
            Transaction tx,
            long roundId,
            long recommendationId,
            long levelId,
            String commentary,
            String by,
            OffsetDateTime now) {
        long id = tx.jooq()
                .insertInto(RATING_PROPOSAL)
                .set(RATING_PROPOSAL.UUID, UUID.randomUUID())
                .set(RATING_PROPOSAL.ROUND_ID, roundId)
                .set(RATING_PROPOSAL.RECOMMENDATION_ID, recommendationId)
                .set(RATING_PROPOSAL.LEVEL_ID, levelId)
                .set(RATING_PROPOSAL.COMMENTARY, commentary)
                .set(RATING_PROPOSAL.PROPOSED_BY, by)
                .set(RATING_PROPOSAL.PROPOSED_AT, now)
                .set(RATING_PROPOSAL.STATUS, ProposalStatus.OPEN.name())
                .set(RATING_PROPOSAL.VERSION, 1)
                .returning(RATING_PROPOSAL.ID)
                .fetchOne()
                .getId();
        return find(tx, id).orElseThrow();
    }

    /** The proposal, locked until the transaction ends so two members cannot decide it at once. */
    public Optional<Proposal> findForUpdate(Transaction tx, long id) {
        return tx.jooq()
                .selectFrom(RATING_PROPOSAL)
                .where(RATING_PROPOSAL.ID.eq(id))
                .forUpdate()
                .fetchOptional(ProposalRepository::toProposal);
    }

    public Optional<Proposal> find(Transaction tx, long id) {
        return tx.jooq()
                .selectFrom(RATING_PROPOSAL)
                .where(RATING_PROPOSAL.ID.eq(id))
                .fetchOptional(ProposalRepository::toProposal);
    }

    /** Marks an open proposal accepted or dismissed; returns it as stored after. */
    public Proposal decide(Transaction tx, Proposal proposal, ProposalStatus status, String by, OffsetDateTime now) {
        tx.jooq()
                .update(RATING_PROPOSAL)
                .set(RATING_PROPOSAL.STATUS, status.name())
                .set(RATING_PROPOSAL.DECIDED_BY, by)
                .set(RATING_PROPOSAL.DECIDED_AT, now)
                .set(RATING_PROPOSAL.VERSION, proposal.version() + 1)
                .where(RATING_PROPOSAL.ID.eq(proposal.id()))
                .execute();
        return find(tx, proposal.id()).orElseThrow();
    }

    /** A round's proposals, oldest first. */
    public List<Proposal> ofRound(Transaction tx, long roundId) {
        return tx.jooq()
                .selectFrom(RATING_PROPOSAL)
                .where(RATING_PROPOSAL.ROUND_ID.eq(roundId))
                .orderBy(RATING_PROPOSAL.ID)
                .fetch(ProposalRepository::toProposal);
    }

    /** How many proposals a recommendation has in a round, decided or not. */
    public int countFor(Transaction tx, long roundId, long recommendationId) {
        return tx.jooq()
                .fetchCount(
                        RATING_PROPOSAL,
                        RATING_PROPOSAL
                                .ROUND_ID
                                .eq(roundId)
                                .and(RATING_PROPOSAL.RECOMMENDATION_ID.eq(recommendationId)));
    }

    public List<Proposal> all(Transaction tx) {
        return tx.jooq().selectFrom(RATING_PROPOSAL).orderBy(RATING_PROPOSAL.ID).fetch(ProposalRepository::toProposal);
    }

    private static Proposal toProposal(Record r) {
        return new Proposal(
                r.get(RATING_PROPOSAL.ID),
                r.get(RATING_PROPOSAL.UUID),
                r.get(RATING_PROPOSAL.ROUND_ID),
                r.get(RATING_PROPOSAL.RECOMMENDATION_ID),
                r.get(RATING_PROPOSAL.LEVEL_ID),
                r.get(RATING_PROPOSAL.COMMENTARY),
                r.get(RATING_PROPOSAL.PROPOSED_BY),
                r.get(RATING_PROPOSAL.PROPOSED_AT),
                ProposalStatus.valueOf(r.get(RATING_PROPOSAL.STATUS)),
                r.get(RATING_PROPOSAL.DECIDED_BY),
                r.get(RATING_PROPOSAL.DECIDED_AT),
                r.get(RATING_PROPOSAL.VERSION));
    }
}
