package org.stocktake.recommendations.persistence;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.stocktake.shared.ValidationException;

/**
 * The database's own hold on a rule the service checks first: a unique constraint named in the migrations. The
 * service's check explains; this catches what gets past it (two writers at once, say) and says the same thing in a
 * sentence, rather than showing a constraint violation.
 */
final class UniqueConstraint {

    /** One live recommendation per number in a review (migration V3). */
    static final String LIVE_NUMBER = "recommendation_live_number";

    /** One theme per name in a review (migration V1). */
    static final String THEME_NAME = "theme_name_per_review";

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraint() {}

    /**
     * Runs the write and returns its result.
     *
     * @throws ValidationException with {@code message} if the write breaks the constraint named {@code name}; any
     *     other failure passes through untouched
     */
    static <T> T enforce(String name, String message, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (violates(e, name)) {
                throw new ValidationException(message);
            }
            throw e;
        }
    }

    // PostgreSQL names the constraint in its message; H2 names the index it made for it, which starts with that name.
    private static boolean violates(DataAccessException e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
