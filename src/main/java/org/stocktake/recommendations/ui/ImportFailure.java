package org.stocktake.recommendations.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/**
 * Says in one sentence why a file could not be checked or imported. A reason the user can act on (the file cannot be
 * read, a review is missing, a rule was broken) is given as it is; anything else is logged with its cause and told
 * plainly.
 */
final class ImportFailure {

    private static final Logger LOG = Logger.getLogger(ImportFailure.class.getName());

    private ImportFailure() {}

    static String sentence(String what, Throwable error) {
        boolean expected = error instanceof IOException
                || error instanceof UncheckedIOException
                || error instanceof ValidationException
                || error instanceof NotFoundException;
        if (expected && error.getMessage() != null) {
            return what + ": " + error.getMessage();
        }
        LOG.log(Level.WARNING, what, error);
        return what + " because of an unexpected error. Check the file and try again.";
    }
}
