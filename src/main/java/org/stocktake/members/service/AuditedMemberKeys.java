package org.stocktake.members.service;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.audit.service.AuditedEntities;
import org.stocktake.members.persistence.MemberKeyRepository;
import org.stocktake.shared.crypto.Ed25519;
import org.stocktake.shared.persistence.Transaction;

/**
 * The members' signing keys as stored now, for verification to hold against the audit trail: a public key swapped
 * in the file without the trail rewritten to match is told as data differing from the trail.
 */
public final class AuditedMemberKeys implements AuditedEntities {

    private final MemberKeyRepository keys = new MemberKeyRepository();

    @Override
    public String entity() {
        return SigningKeys.ENTITY;
    }

    @Override
    public Map<UUID, MemberKey> current(Transaction tx) {
        return keys.all(tx).stream().collect(Collectors.toMap(MemberKey::uuid, Function.identity()));
    }

    @Override
    public String name(Transaction tx, Function<String, String> field) {
        String fingerprint = field.apply("fingerprint");
        return "signing key " + (fingerprint == null ? "" : Ed25519.shown(fingerprint));
    }
}
