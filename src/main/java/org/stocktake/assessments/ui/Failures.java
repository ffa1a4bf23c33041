package org.stocktake.assessments.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.assessments.service.RoundFinalisedException;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WorkspaceException;

/**
 * Turns a failure into the one sentence the user reads. A refusal the services expect (invalid, final, gone, changed
 * meanwhile, not the one acting's part, a workspace that cannot take changes) already says what to do; anything else is a fault, logged whole with its cause so it can be traced, and
 * the user is told plainly that it failed and where the details are.
 */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {}

    /** What to tell the user about {@code error}, which happened while {@code doing} (e.g. "saving the rating"). */
    static String explain(String doing, Throwable error) {
        if (isRefusal(error)) {
            return error instanceof ValidationException refused
                    ? String.join(" ", refused.problems())
                    : error.getMessage();
        }
        LOG.log(Level.WARNING, "Failed while " + doing, error);
        return "Something went wrong while " + doing + "; nothing more was changed. Try again, and if it keeps"
                + " failing, the details are in Stocktake's log.";
    }

    static boolean isRefusal(Throwable error) {
        return error instanceof ValidationException
                || error instanceof RoundFinalisedException
                || error instanceof NotFoundException
                || error instanceof StaleEditException
                || error instanceof NotAllowedException
                || error instanceof WorkspaceException;
    }
}
