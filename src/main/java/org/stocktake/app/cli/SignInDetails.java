package org.stocktake.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.stocktake.members.service.Password;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.ValidationException;

/**
 * Who signs in to a workspace with members, as {@link WorkspacePassphrase} for the passphrase: the user from {@code
 * STOCKTAKE_USER} (else the account's name), the password from {@code STOCKTAKE_PASSWORD}, else a question on the
 * terminal; never on the command line, where it would stay in the shell's history.
 */
interface SignInDetails {

    String USER = "STOCKTAKE_USER";
    String PASSWORD = "STOCKTAKE_PASSWORD";

    /** A password being set, for scripts; else asked twice on the terminal. */
    String NEW_PASSWORD = "STOCKTAKE_NEW_PASSWORD";

    /** Who claims to act. */
    Actor user();

    /** Where the password of a member who has one comes from. */
    Password password();

    /** A new password for {@code whose}, from {@link #NEW_PASSWORD} or asked twice on the terminal. */
    char[] newPassword(String whose);

    static SignInDetails fromEnvironmentOrConsole() {
        return of(System.getenv(), System::console);
    }

    static SignInDetails of(Map<String, String> environment, Supplier<Console> console) {
        return new SignInDetails() {
            @Override
            public Actor user() {
                String named = environment.get(USER);
                return new Actor(
                        named != null && !named.isBlank() ? named : System.getProperty("user.name", "unknown"));
            }

            @Override
            public Password password() {
                return member -> {
                    String given = environment.get(PASSWORD);
                    if (given != null && !given.isEmpty()) {
                        return given.toCharArray();
                    }
                    Console terminal = console.get();
                    if (terminal == null) {
                        throw new NotAllowedException(member.personName()
                                + " signs in with a password: set STOCKTAKE_PASSWORD, or run the command in a"
                                + " terminal.");
                    }
                    char[] typed = terminal.readPassword("Password for %s: ", member.personName());
                    if (typed == null || typed.length == 0) {
                        throw new NotAllowedException("No password was given; nothing was done.");
                    }
                    return typed;
                };
            }

            @Override
            public char[] newPassword(String whose) {
                String given = environment.get(NEW_PASSWORD);
                if (given != null && !given.isEmpty()) {
                    return given.toCharArray();
                }
                Console terminal = console.get();
                if (terminal == null) {
                    throw new ValidationException(
                            "Give the new password in STOCKTAKE_NEW_PASSWORD, or run the command in a terminal.");
                }
                char[] first = terminal.readPassword("New password for %s: ", whose);
                char[] again = terminal.readPassword("The same password again: ");
                boolean same = first != null && Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, ' ');
                }
                if (!same) {
                    if (first != null) {
                        Arrays.fill(first, ' ');
                    }
                    throw new ValidationException("The two passwords differ; nothing was changed. Try again.");
                }
                return first;
            }
        };
    }
}
