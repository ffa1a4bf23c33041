package org.stocktake.members.service;

import java.util.Optional;
import org.stocktake.shared.Actor;
import org.stocktake.shared.Permissions;

/** Who acts in an opened workspace, and what they may do: the member signed in, or anyone in one without members. */
public record SignedIn(Actor actor, Optional<Member> member, Permissions permissions) {

    /** A workspace with no members: the one acting may do everything, as before members existed. */
    public static SignedIn anyone(Actor actor) {
        return new SignedIn(actor, Optional.empty(), Permissions.EVERYONE);
    }

    static SignedIn as(Member member) {
        return new SignedIn(new Actor(member.personName()), Optional.of(member), new RolePermissions(member));
    }
}
