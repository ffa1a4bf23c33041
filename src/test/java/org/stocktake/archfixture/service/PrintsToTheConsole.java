package org.stocktake.archfixture.service;

/** A service that prints. */
public final class PrintsToTheConsole {
    void say() {
        System.out.println("done");
    }
}
