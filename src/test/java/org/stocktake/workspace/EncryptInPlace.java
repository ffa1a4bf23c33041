package org.stocktake.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.InPlaceEncryption;

/** A second process for the kill test: encrypts the plain workspace in the folder it is given, in place. */
public final class EncryptInPlace {

    private EncryptInPlace() {}

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.flush();
        InPlaceEncryption.encrypt(Path.of(args[0]), Clock.systemUTC(), args[1].toCharArray(), Progress.NONE);
        System.out.println("encrypted");
    }
}
