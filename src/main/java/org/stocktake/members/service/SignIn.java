package org.stocktake.members.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.persistence.MemberRepository;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.crypto.PasswordHash;
import org.stocktake.shared.persistence.Database;

/**
 * Signing in to an opened workspace. Without members, whoever opens it acts under their own name and may do
 * everything, as before. With members, the one claimed ({@code STOCKTAKE_USER}, else the account's name) must be a
 * member, known by user name or full name, and give their password when they have one; a workspace whose only member
 * has no password signs them in whoever opens it, so a lone user's workspace stays as simple as one without members.
 */
public final class SignIn {

    private final Database database;
    private final AuditTrail audit;
    private final MemberRepository repository = new MemberRepository();
    private final SigningKeys keys;

    public SignIn(Database database, AuditTrail audit) {
        this(database, Clock.systemUTC(), audit);
    }

    /** As {@link #SignIn(Database, AuditTrail)}, dating the signing keys it makes by {@code clock}. */
    public SignIn(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
        this.keys = new SigningKeys(database, clock, audit);
    }

    /**
     * Who acts, for {@code claimed}, asking {@code password} only when the member has one. A member who gives their
     * password also unlocks their signing key (made now if they have none yet), which signs the trail's checkpoints
     * from then on; anyone else signs none.
     *
     * @throws NotAllowedException when {@code claimed} is no member or gives a wrong password; the refusal is in the
     *     audit trail (unless the workspace is open for reading only)
     */
    public SignedIn as(Actor claimed, Password password) {
        audit.signWith(null);
        List<Member> members = repository.all(database.dsl());
        if (members.isEmpty()) {
            return SignedIn.anyone(claimed);
        }
        if (members.size() == 1 && !members.get(0).passwordSet()) {
            return SignedIn.as(members.get(0));
        }
        Member member = find(members, claimed.name())
                .orElseThrow(() -> refused(
                        claimed.name(),
                        claimed.name() + " is not a member of this workspace; set STOCKTAKE_USER to your user name"
                                + " (ask the chair for one)."));
        Optional<String> hash = repository.passwordHash(database.dsl(), member.id());
        if (hash.isEmpty()) {
            return SignedIn.as(member);
        }
        char[] given = password.of(member);
        try {
            if (!PasswordHash.matches(given, hash.get())) {
                throw refused(
                        member.userName(),
                        "That is not " + member.personName() + "'s password; nothing was done. Check it (and"
                                + " STOCKTAKE_PASSWORD, if set) and try again.");
            }
            audit.signWith(keys.unlock(member, given).orElse(null));
        } finally {
            Arrays.fill(given, ' ');
        }
        return SignedIn.as(member);
    }

    /** Whether signing in here needs more than a name: some member has a password. */
    public boolean needsPassword() {
        List<Member> members = repository.all(database.dsl());
        return members.stream().anyMatch(Member::passwordSet);
    }

    static Optional<Member> find(List<Member> members, String claimed) {
        String name = claimed.strip().toLowerCase(Locale.ROOT);
        return members.stream()
                .filter(m -> m.userName().toLowerCase(Locale.ROOT).equals(name)
                        || m.personName().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    private NotAllowedException refused(String who, String sentence) {
        audit.recordRefusal(who, "sign in", sentence);
        return new NotAllowedException(sentence);
    }
}
