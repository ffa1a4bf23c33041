package org.stocktake.members.service;

import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.SignInNeededException;

/**
 * Where a member's password comes from when they sign in: {@code STOCKTAKE_PASSWORD} or the terminal for the command
 * line, a dialog for the window. Asked only for a member who has one.
 */
@FunctionalInterface
public interface Password {

    /**
     * The password {@code member} signs in with; the caller clears the array once it is checked.
     *
     * @throws NotAllowedException when none can be had
     */
    char[] of(Member member);

    /** For callers that cannot ask: a member with a password is refused, saying how to give it. */
    static Password none() {
        return member -> {
            throw new SignInNeededException(member.personName()
                    + " signs in with a password: set STOCKTAKE_PASSWORD, or run the command in a terminal.");
        };
    }
}
