package org.stocktake.members.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.members.persistence.MemberRepository;
import org.stocktake.shared.persistence.Transaction;

/** The members as stored now, for verification to hold against the audit trail. */
public final class AuditedMembers implements AuditedEntities {

    private final MemberRepository members = new MemberRepository();

    @Override
    public String entity() {
        return MemberService.ENTITY;
    }

    @Override
    public Map<UUID, Member> current(Transaction tx) {
        return members.all(tx).stream().collect(Collectors.toMap(Member::uuid, Function.identity()));
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        return "member " + field.apply("userName") + " (" + field.apply("personName") + ")";
    }
}
