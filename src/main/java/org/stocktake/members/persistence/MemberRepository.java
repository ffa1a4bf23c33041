package org.stocktake.members.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.MEMBER;
import static org.stocktake.shared.persistence.jooq.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.shared.persistence.Transaction;

/** The workspace's members, each with the name of the person they are. Every method joins the caller's transaction. */
public final class MemberRepository {

    public List<Member> all(Transaction tx) {
        return tx.jooq()
                .select()
                .from(MEMBER)
                .join(PERSON)
                .on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .orderBy(MEMBER.ID)
                .fetch(MemberRepository::toMember);
    }

    public boolean any(Transaction tx) {
        return tx.jooq().fetchExists(MEMBER);
    }

    public Optional<Member> byUserName(Transaction tx, String userName) {
        return tx.jooq()
                .select()
                .from(MEMBER)
                .join(PERSON)
                .on(PERSON.ID.eq(MEMBER.PERSON_ID))
                .where(DSL.lower(MEMBER.USER_NAME).eq(userName.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(MemberRepository::toMember);
    }

    /** The encoded hash of the member's password, or empty when they have none. */
    public Optional<String> passwordHash(Transaction tx, long memberId) {
        return Optional.ofNullable(tx.jooq()
                .select(MEMBER.PASSWORD_HASH)
                .from(MEMBER)
                .where(MEMBER.ID.eq(memberId))
                .fetchOne(MEMBER.PASSWORD_HASH));
    }

    public long insert(
            Transaction tx, long personId, String userName, MemberRole role, String passwordHash, OffsetDateTime now) {
        return tx.jooq()
                .insertInto(MEMBER)
                .set(MEMBER.UUID, UUID.randomUUID())
                .set(MEMBER.PERSON_ID, personId)
                .set(MEMBER.USER_NAME, userName)
                .set(MEMBER.ROLE, role.name())
                .set(MEMBER.PASSWORD_HASH, passwordHash)
                .set(MEMBER.VERSION, 1)
                .set(MEMBER.CREATED_AT, now)
                .set(MEMBER.CHANGED_AT, now)
                .returning(MEMBER.ID)
                .fetchOne()
                .getId();
    }

    public void updateRole(Transaction tx, long memberId, MemberRole role, OffsetDateTime now) {
        tx.jooq()
                .update(MEMBER)
                .set(MEMBER.ROLE, role.name())
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.CHANGED_AT, now)
                .where(MEMBER.ID.eq(memberId))
                .execute();
    }

    public void updatePassword(Transaction tx, long memberId, String passwordHash, OffsetDateTime now) {
        tx.jooq()
                .update(MEMBER)
                .set(MEMBER.PASSWORD_HASH, passwordHash)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.CHANGED_AT, now)
                .where(MEMBER.ID.eq(memberId))
                .execute();
    }

    public void delete(Transaction tx, long memberId) {
        tx.jooq().deleteFrom(MEMBER).where(MEMBER.ID.eq(memberId)).execute();
    }

    private static Member toMember(Record row) {
        return new Member(
                row.get(MEMBER.ID),
                row.get(MEMBER.UUID),
                row.get(MEMBER.PERSON_ID),
                row.get(PERSON.FULL_NAME),
                row.get(MEMBER.USER_NAME),
                MemberRole.valueOf(row.get(MEMBER.ROLE)),
                row.get(MEMBER.PASSWORD_HASH) != null,
                row.get(MEMBER.VERSION));
    }
}
