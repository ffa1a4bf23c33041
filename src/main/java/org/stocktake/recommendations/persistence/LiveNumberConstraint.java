package org.stocktake.recommendations.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.jooq.exception.DataAccessException;
import org.stocktake.shared.ValidationException;

/**
 * The database's own hold on "one live recommendation per number in a review": the unique constraint on
 * {@code (review_id, live_number)} of migration V3. The service checks first and explains; this catches what gets
 * past it (two writers at once, say) and says the same thing, rather than showing a constraint violation.
 */
final class LiveNumberConstraint {

    /** The constraint's name in the migration; H2 puts it in the name of the index that reports the violation. */
    static final String NAME = "recommendation_live_number";

    private static final String UNIQUE_VIOLATION = "23505";

    private LiveNumberConstraint() {}

    /**
     * Runs the write and returns its row count.
     *
     * @throws ValidationException if the write would give a second live recommendation of the review this number;
     *     any other failure passes through untouched
     */
    static int enforce(String number, IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DataAccessException e) {
            if (isViolation(e)) {
                throw new ValidationException("Recommendation " + number + " already exists in this review.");
            }
            throw e;
        }
    }

    private static boolean isViolation(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(NAME)) {
                return true;
            }
        }
        return false;
    }
}
