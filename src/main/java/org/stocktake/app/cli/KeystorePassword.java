package org.stocktake.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.stocktake.shared.ValidationException;

/**
 * Where a keystore's password comes from. Never the command line, where it would stay in the shell's history and show
 * in the list of processes: {@code STOCKTAKE_KEYSTORE_PASSWORD}, else a question on the terminal.
 */
interface KeystorePassword {

    String VARIABLE = "STOCKTAKE_KEYSTORE_PASSWORD";

    /** The password of an existing keystore. */
    char[] existing(String keystore);

    /** The password for a new keystore, asked twice on a terminal so a typing slip does not lock the key away. */
    char[] chosen(String keystore);

    static KeystorePassword fromEnvironmentOrConsole() {
        return of(System.getenv(), System::console);
    }

    static KeystorePassword of(Map<String, String> environment, Supplier<Console> console) {
        return new KeystorePassword() {
            @Override
            public char[] existing(String keystore) {
                String given = environment.get(VARIABLE);
                if (given != null && !given.isEmpty()) {
                    return given.toCharArray();
                }
                return ask(console.get(), "Password for " + keystore + ": ");
            }

            @Override
            public char[] chosen(String keystore) {
                String given = environment.get(VARIABLE);
                if (given != null && !given.isEmpty()) {
                    return given.toCharArray();
                }
                Console terminal = console.get();
                char[] first = ask(terminal, "New password for " + keystore + ": ");
                char[] again = ask(terminal, "The same password again: ");
                boolean same = Arrays.equals(first, again);
                Arrays.fill(again, ' ');
                if (!same) {
                    Arrays.fill(first, ' ');
                    throw new ValidationException("The two passwords differ; nothing was written. Try again.");
                }
                return first;
            }
        };
    }

    private static char[] ask(Console terminal, String prompt) {
        if (terminal == null) {
            throw new ValidationException("The keystore's password is needed: set " + VARIABLE
                    + ", or run the command in a terminal to be asked for it.");
        }
        char[] password = terminal.readPassword("%s", prompt);
        if (password == null || password.length == 0) {
            throw new ValidationException("No password was given; nothing was done.");
        }
        return password;
    }
}
