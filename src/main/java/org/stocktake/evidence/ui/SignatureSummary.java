package org.stocktake.evidence.ui;

import org.stocktake.evidence.service.EvidenceItem;

/**
 * How the signatures of a document stand, in a few words ("2 hold", "1 of 2 fails"), or "" when it has none. Asked
 * off the window's thread; the composition root answers it with the signing feature, which the library does not know.
 */
public interface SignatureSummary {

    SignatureSummary NONE = item -> "";

    String of(EvidenceItem item);
}
