package org.stocktake.workspace;

import java.nio.file.Path;
import org.stocktake.workspace.service.PassphraseChange;

/** A second process for the kill test: changes the passphrase of the workspace in the folder it is given. */
public final class ChangePassphrase {

    private ChangePassphrase() {}

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.flush();
        PassphraseChange.change(Path.of(args[0]), args[1].toCharArray(), args[2].toCharArray());
        System.out.println("changed");
    }
}
