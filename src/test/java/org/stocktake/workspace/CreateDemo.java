package org.stocktake.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;

/** A second process for the kill test: creates the demo workspace in the folder it is given, then says so. */
public final class CreateDemo {

    private CreateDemo() {}

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.flush();
        AppContext.create(Path.of(args[0]), Clock.systemUTC(), Contents.DEMO);
        System.out.println("created");
    }
}
