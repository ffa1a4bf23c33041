package org.stocktake.evidence.ui;

import java.util.Optional;
import javafx.stage.Window;

/**
 * What the library needs of the register to link a document to recommendations: to let the person choose one, and to
 * name one. The window supplies it, so the evidence feature never depends on the register.
 */
public interface RecommendationLinks {

    /** Asks the person for a recommendation; empty when they cancel. */
    Optional<Long> choose(Window owner);

    /** How the person knows a recommendation, e.g. "kerslake-2014 5: Financial management". */
    String describe(long recommendationId);
}
