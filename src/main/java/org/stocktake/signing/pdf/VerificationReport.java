package org.stocktake.signing.pdf;

import java.util.List;

/**
 * The signatures of a PDF, in the order they were made, and the signature fields still waiting to be signed.
 */
public record VerificationReport(List<SignatureCheck> signatures, List<String> unsignedFields) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        unsignedFields = List.copyOf(unsignedFields);
    }

    /** At least one signature, and every one holds. */
    public boolean allHold() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::holds);
    }
}
