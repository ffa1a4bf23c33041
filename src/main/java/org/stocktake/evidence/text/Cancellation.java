package org.stocktake.evidence.text;

import java.util.concurrent.CancellationException;
import org.stocktake.shared.task.Progress;

/** Where a long read stops when the user has cancelled it. */
final class Cancellation {

    private Cancellation() {}

    static void checkpoint(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("Reading the file was cancelled.");
        }
    }
}
