package org.stocktake.shared;

import java.util.List;
import java.util.Optional;

/**
 * Whether the one acting may do something: the single question every changing service call asks before it starts.
 * A workspace without members answers yes to everything, as before members existed.
 */
public interface Permissions {

    /** Empty when the one acting may do {@code action}; otherwise the sentence saying why not and who may. */
    Optional<String> refusal(Action action);

    /**
     * Empty when the one acting is among {@code signatories} (names as the letter gives them) and may sign; otherwise
     * the sentence saying why not.
     */
    Optional<String> refusalToSign(List<String> signatories);

    /** Everyone may do everything: a workspace without members. */
    Permissions EVERYONE = new Permissions() {
        @Override
        public Optional<String> refusal(Action action) {
            return Optional.empty();
        }

        @Override
        public Optional<String> refusalToSign(List<String> signatories) {
            return Optional.empty();
        }
    };
}
