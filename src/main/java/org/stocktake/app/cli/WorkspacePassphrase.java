package org.stocktake.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import org.stocktake.shared.PassphraseNeededException;
import org.stocktake.shared.ValidationException;

/**
 * Where an encrypted workspace's passphrase comes from, as {@link KeystorePassword} for keystores: never the command
 * line, where it would stay in the shell's history and show in the list of processes, but {@code
 * STOCKTAKE_PASSPHRASE}, else a question on the terminal.
 */
interface WorkspacePassphrase {

    String VARIABLE = "STOCKTAKE_PASSPHRASE";

    /** Where a passphrase change takes the new passphrase from when there is no terminal to ask on. */
    String NEW_VARIABLE = "STOCKTAKE_NEW_PASSPHRASE";

    /** The passphrase of the encrypted workspace in {@code folder}. */
    char[] existing(Path folder);

    /** The passphrase for a new workspace, asked twice on a terminal so a typing slip does not lock it away. */
    char[] chosen(Path folder);

    /** The passphrase for encrypting a plain workspace in place: as {@link #chosen}, nothing being changed without. */
    char[] forEncrypting(Path folder);

    /** The new passphrase of a passphrase change: {@code STOCKTAKE_NEW_PASSPHRASE}, else asked twice. */
    char[] replacement(Path folder);

    static WorkspacePassphrase fromEnvironmentOrConsole() {
        return of(System.getenv(), System::console);
    }

    static WorkspacePassphrase of(Map<String, String> environment, Supplier<Console> console) {
        return new WorkspacePassphrase() {
            @Override
            public char[] existing(Path folder) {
                String given = environment.get(VARIABLE);
                if (given != null && !given.isEmpty()) {
                    return given.toCharArray();
                }
                return ask(console.get(), folder, "Passphrase for the workspace in " + folder + ": ");
            }

            @Override
            public char[] chosen(Path folder) {
                return twice(VARIABLE, folder, "nothing was created");
            }

            @Override
            public char[] forEncrypting(Path folder) {
                return twice(VARIABLE, folder, "nothing was changed");
            }

            @Override
            public char[] replacement(Path folder) {
                return twice(NEW_VARIABLE, folder, "nothing was changed");
            }

            private char[] twice(String variable, Path folder, String notDone) {
                String given = environment.get(variable);
                if (given != null && !given.isEmpty()) {
                    return given.toCharArray();
                }
                Console terminal = console.get();
                if (terminal == null) {
                    throw new ValidationException("No new passphrase was given; " + notDone + ". Set " + variable
                            + " or run the command in a terminal.");
                }
                char[] first = ask(terminal, folder, "New passphrase for the workspace in " + folder + ": ");
                char[] again = ask(terminal, folder, "The same passphrase again: ");
                boolean same = Arrays.equals(first, again);
                Arrays.fill(again, ' ');
                if (!same) {
                    Arrays.fill(first, ' ');
                    throw new ValidationException("The two passphrases differ; " + notDone + ". Try again.");
                }
                return first;
            }
        };
    }

    private static char[] ask(Console terminal, Path folder, String prompt) {
        if (terminal == null) {
            throw new PassphraseNeededException(folder);
        }
        char[] passphrase = terminal.readPassword("%s", prompt);
        if (passphrase == null || passphrase.length == 0) {
            throw new ValidationException("No passphrase was given; nothing was done.");
        }
        return passphrase;
    }
}
