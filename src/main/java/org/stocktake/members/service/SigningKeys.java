package org.stocktake.members.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.CheckpointKeys;
import org.stocktake.members.persistence.MemberKeyRepository;
import org.stocktake.members.persistence.MemberRepository;
import org.stocktake.shared.crypto.Ed25519;
import org.stocktake.shared.crypto.PasswordSeal;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The members' signing keys: one Ed25519 pair per member with a password, its private half sealed under a key derived
 * from that password, so that only the member who signs in can sign the trail's checkpoints. A change of password by
 * the member keeps the key (sealed anew); a password set by the chair, or removed, or a membership ended, retires it:
 * its public half stays, so what it signed stays checkable. Every key made or retired is an entry in the audit trail.
 */
public final class SigningKeys implements CheckpointKeys {

    /** The entity as the audit trail names it. */
    public static final String ENTITY = "member-key";

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final MemberKeyRepository keys = new MemberKeyRepository();
    private final MemberRepository members = new MemberRepository();

    public SigningKeys(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** A key pair made and sealed, ready to store: made outside any transaction, as sealing takes about a second. */
    static final class Fresh {
        final UUID uuid;
        final String fingerprint;
        final String publicKey;
        final String sealed;
        final byte[] privateKey;

        private Fresh(UUID uuid, String fingerprint, String publicKey, String sealed, byte[] privateKey) {
            this.uuid = uuid;
            this.fingerprint = fingerprint;
            this.publicKey = publicKey;
            this.sealed = sealed;
            this.privateKey = privateKey;
        }
    }

    /** A new key pair, sealed under {@code password} (which the caller clears). */
    Fresh fresh(char[] password) {
        Ed25519.Pair pair = Ed25519.generate();
        String fingerprint = Ed25519.fingerprint(pair.publicKey());
        UUID uuid = UUID.randomUUID();
        return new Fresh(
                uuid,
                fingerprint,
                Base64.getEncoder().encodeToString(pair.publicKey()),
                PasswordSeal.seal(password, pair.privateKey(), bound(uuid, fingerprint)),
                pair.privateKey());
    }

    /** Stores {@code fresh} as {@code member}'s key, retiring the one before it. */
    void store(Transaction tx, UUID member, Fresh fresh) {
        store(tx, member, fresh, audit.actor().name());
    }

    private void store(Transaction tx, UUID member, Fresh fresh, String by) {
        retire(tx, member, by);
        MemberKey key = new MemberKey(fresh.uuid, member, fresh.fingerprint, fresh.publicKey, false);
        keys.insert(tx, key, fresh.sealed, now());
        audit.recordBy(tx, by, ENTITY, key.uuid(), "add", null, key);
    }

    /** The signer's key sealed under {@code password}, to be stored by {@link #reseal}. */
    String resealed(MemberSigner signer, char[] password) {
        byte[] privateKey = signer.privateKey();
        try {
            return PasswordSeal.seal(password, privateKey, bound(signer.key(), signer.fingerprint()));
        } finally {
            Arrays.fill(privateKey, (byte) 0);
        }
    }

    void reseal(Transaction tx, MemberSigner signer, String sealed) {
        keys.reseal(tx, signer.key(), sealed);
    }

    /** Retires the member's current key, if they have one. */
    void retire(Transaction tx, UUID member) {
        retire(tx, member, audit.actor().name());
    }

    private void retire(Transaction tx, UUID member, String by) {
        Optional<MemberKey> current = keys.current(tx, member);
        if (current.isPresent()) {
            MemberKey before = current.get();
            keys.retire(tx, before.uuid(), now());
            MemberKey after = new MemberKey(before.uuid(), member, before.fingerprint(), before.publicKey(), true);
            audit.recordBy(tx, by, ENTITY, before.uuid(), "retire", before, after);
        }
    }

    MemberSigner signer(Member member, Fresh fresh) {
        return new MemberSigner(member, fresh.uuid, fresh.fingerprint, fresh.privateKey);
    }

    /**
     * The key {@code member} signs with, opened with the {@code password} they just signed in with; a member who has
     * none yet (from before keys, or whose sealed key no longer opens) is given one now, unless the workspace is open
     * for reading only. Empty when no key can be had; signing in goes on all the same, without checkpoints.
     */
    Optional<MemberSigner> unlock(Member member, char[] password) {
        Optional<MemberKey> current = keys.current(database.dsl(), member.uuid());
        if (current.isPresent()) {
            MemberKey key = current.get();
            Optional<byte[]> opened = keys.sealed(database.dsl(), key.uuid())
                    .flatMap(stored -> PasswordSeal.open(password, stored, bound(key.uuid(), key.fingerprint())));
            if (opened.isPresent()) {
                MemberSigner signer = new MemberSigner(member, key.uuid(), key.fingerprint(), opened.get());
                Arrays.fill(opened.get(), (byte) 0);
                return Optional.of(signer);
            }
            LOG.warning(() -> "The signing key of " + member.userName() + " did not open with their password");
        }
        if (database.readOnlyReason().isPresent()) {
            return Optional.empty();
        }
        try {
            Fresh fresh = fresh(password);
            // Recorded as the member's doing: they are signing in, and do not yet act in the workspace.
            database.transact(tx -> store(tx, member.uuid(), fresh, member.personName()));
            return Optional.of(signer(member, fresh));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A signing key could not be made for " + member.userName(), e);
            return Optional.empty();
        }
    }

    /** The fingerprint of the member's current key as people compare it ("3f2a 9c01 …"), if they have one. */
    public Optional<String> fingerprint(UUID member) {
        return keys.current(database.dsl(), member).map(key -> Ed25519.shown(key.fingerprint()));
    }

    /** Every key, current and retired, oldest first. */
    public List<MemberKey> all(Transaction tx) {
        return keys.all(tx);
    }

    @Override
    public Optional<Key> byFingerprint(Transaction tx, String fingerprint) {
        return keys.byFingerprint(tx, fingerprint)
                .map(key -> new Key(key.member(), Base64.getDecoder().decode(key.publicKey())));
    }

    @Override
    public boolean anyMembers(Transaction tx) {
        return members.any(tx);
    }

    @Override
    public List<String> withoutKeys(Transaction tx) {
        return members.all(tx).stream()
                .filter(m -> keys.current(tx, m.uuid()).isEmpty())
                .map(m -> m.personName() + (m.passwordSet() ? " (until they next sign in)" : " (no password)"))
                .toList();
    }

    /** What a sealed key is bound to: opened under another key's name, it fails as a wrong password would. */
    private static String bound(UUID key, String fingerprint) {
        return "stocktake member key " + key + " " + fingerprint;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
