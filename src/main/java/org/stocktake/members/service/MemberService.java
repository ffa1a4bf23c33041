package org.stocktake.members.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.persistence.MemberRepository;
import org.stocktake.panel.service.PanelService;
import org.stocktake.panel.service.Person;
import org.stocktake.shared.Action;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.crypto.PasswordHash;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Transaction;

/**
 * The workspace's members: people of the panel register, each with a user name, a role and perhaps a password. Only
 * the chair (or anyone, in a workspace with no members yet) changes them, except that a member may change their own
 * password. Once there are members there is always a chair, so someone can still manage them.
 */
public final class MemberService {

    /** The entity as the audit trail names it. */
    public static final String ENTITY = "member";

    /** The shortest password accepted: short ones fall to guessing whatever the hash costs. */
    public static final int MINIMUM_PASSWORD = 8;

    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final PanelService panel;
    private final MemberRepository repository = new MemberRepository();
    private final SigningKeys keys;
    private volatile Member signedIn;

    public MemberService(Database database, Clock clock, AuditTrail audit, PanelService panel) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
        this.panel = panel;
        this.keys = new SigningKeys(database, clock, audit);
    }

    /** The member signed in to this workspace from now on (null for none), whose own password they may change. */
    public void signedIn(Member member) {
        this.signedIn = member;
    }

    /** The member signed in, if any. */
    public Optional<Member> signedIn() {
        return Optional.ofNullable(signedIn);
    }

    /** Every member, oldest first. */
    public List<Member> members() {
        return repository.all(database.dsl());
    }

    /**
     * Makes {@code personName} (a person of the panel register) a member under {@code userName} in {@code role}, with
     * {@code password} unless it is null. The first member is the chair.
     *
     * @throws ValidationException for a user name taken or unusable, a person already a member, a short password, or
     *     a first member who is not the chair
     * @throws NotFoundException when nobody of that name is in the panel register
     * @throws org.stocktake.shared.NotAllowedException when the one acting is not the chair
     */
    public Member add(String personName, String userName, MemberRole role, char[] password) {
        audit.permit(Action.MANAGE_MEMBERS);
        Person person = person(personName);
        String name = checkedUserName(userName);
        String hash = password == null ? null : PasswordHash.of(checkedPassword(password));
        SigningKeys.Fresh key = password == null ? null : keys.fresh(password);
        return database.transaction(tx -> {
            List<Member> members = repository.all(tx);
            if (members.isEmpty() && role != MemberRole.CHAIR) {
                throw new ValidationException("The first member must be the chair, so that someone can manage the"
                        + " members; add the chair first.");
            }
            if (members.stream().anyMatch(m -> m.userName().equalsIgnoreCase(name))) {
                throw new ValidationException("The user name " + name + " is taken; choose another.");
            }
            if (members.stream().anyMatch(m -> m.personId() == person.id())) {
                throw new ValidationException(person.fullName() + " is already a member; change their role instead.");
            }
            long id = repository.insert(tx, person.id(), name, role, hash, now());
            Member added = byId(tx, id);
            audit.record(tx, ENTITY, added.uuid(), "add", null, added);
            if (key != null) {
                keys.store(tx, added.uuid(), key);
            }
            return added;
        });
    }

    /**
     * Gives {@code userName} the role {@code role}.
     *
     * @throws ValidationException when it would leave the workspace without a chair
     */
    public Member changeRole(String userName, MemberRole role) {
        audit.permit(Action.MANAGE_MEMBERS);
        return database.transaction(tx -> {
            Member before = existing(tx, userName);
            if (before.role() == MemberRole.CHAIR && role != MemberRole.CHAIR && chairs(tx) == 1) {
                throw new ValidationException(before.personName() + " is the only chair; make someone else chair"
                        + " first, so that someone can manage the members.");
            }
            repository.updateRole(tx, before.id(), role, now());
            Member after = byId(tx, before.id());
            audit.record(tx, ENTITY, after.uuid(), "role", before, after);
            return after;
        });
    }

    /**
     * Sets {@code userName}'s password, or removes it when {@code password} is null. A member may change their own;
     * only the chair changes another's. A member changing their own keeps their signing key, sealed anew under the
     * new password; a password set by the chair comes with a new key, and one removed retires the key (what it signed
     * stays checkable).
     */
    public Member setPassword(String userName, char[] password) {
        boolean own = signedIn != null && signedIn.userName().equalsIgnoreCase(userName.strip());
        if (!own) {
            audit.permit(Action.MANAGE_MEMBERS);
        }
        String hash = password == null ? null : PasswordHash.of(checkedPassword(password));
        MemberSigner held = own
                        && audit.signer().orElse(null) instanceof MemberSigner signer
                        && signer.member().equals(signedIn.uuid())
                ? signer
                : null;
        String resealed = password == null || held == null ? null : keys.resealed(held, password);
        SigningKeys.Fresh fresh = password == null || held != null ? null : keys.fresh(password);
        Member changed = database.transaction(tx -> {
            Member before = existing(tx, userName);
            repository.updatePassword(tx, before.id(), hash, now());
            Member after = byId(tx, before.id());
            audit.record(tx, ENTITY, after.uuid(), "password", before, after);
            if (resealed != null) {
                keys.reseal(tx, held, resealed);
            } else if (fresh != null) {
                keys.store(tx, after.uuid(), fresh);
            } else {
                keys.retire(tx, after.uuid());
            }
            return after;
        });
        if (own) {
            audit.signWith(
                    held != null && password != null ? held : fresh == null ? null : keys.signer(changed, fresh));
        }
        return changed;
    }

    /** The fingerprint of {@code member}'s signing key as people compare it ("3f2a 9c01 …"), if they have one. */
    public Optional<String> keyFingerprint(Member member) {
        return keys.fingerprint(member.uuid());
    }

    /**
     * Ends {@code userName}'s membership; the person stays in the panel register. The last member may go (the
     * workspace is then open to whoever opens it, as before), but not the last chair while others remain.
     */
    public void remove(String userName) {
        audit.permit(Action.MANAGE_MEMBERS);
        Member gone = database.transaction(tx -> {
            Member before = existing(tx, userName);
            boolean othersRemain = repository.all(tx).size() > 1;
            if (before.role() == MemberRole.CHAIR && chairs(tx) == 1 && othersRemain) {
                throw new ValidationException(before.personName() + " is the only chair; make someone else chair"
                        + " first, so that someone can manage the members.");
            }
            repository.delete(tx, before.id());
            audit.record(tx, ENTITY, before.uuid(), "remove", before, null);
            keys.retire(tx, before.uuid());
            return before;
        });
        if (audit.signer().filter(s -> s.member().equals(gone.uuid())).isPresent()) {
            audit.signWith(null);
        }
    }

    private Person person(String personName) {
        String wanted = personName == null ? "" : personName.strip();
        return panel.people().stream()
                .filter(p ->
                        p.fullName().equalsIgnoreCase(wanted) || p.displayName().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is nobody called " + wanted
                        + " in the panel register; add them under Panel and people first."));
    }

    private static String checkedUserName(String userName) {
        String name = userName == null ? "" : userName.strip();
        if (!USER_NAME.matcher(name).matches()) {
            throw new ValidationException("A user name is one word of letters, digits, dots, dashes or underscores"
                    + " (at most 100); choose another.");
        }
        return name;
    }

    private static char[] checkedPassword(char[] password) {
        if (password.length < MINIMUM_PASSWORD) {
            throw new ValidationException(
                    "A password needs at least " + MINIMUM_PASSWORD + " characters; a few words are best.");
        }
        return password;
    }

    private long chairs(Transaction tx) {
        return repository.all(tx).stream()
                .filter(m -> m.role() == MemberRole.CHAIR)
                .count();
    }

    private Member existing(Transaction tx, String userName) {
        return repository
                .byUserName(tx, userName == null ? "" : userName.strip())
                .orElseThrow(() -> new NotFoundException("There is no member " + userName + "; see the member list."));
    }

    private Member byId(Transaction tx, long id) {
        return repository.all(tx).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
