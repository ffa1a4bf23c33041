package org.stocktake.assessments.service;

import org.stocktake.evidence.service.EvidenceItem;

/** A cited place as a reader knows it: "Progress report, 7 Dec 2015, p. 4". */
public final class CitationLabel {

    private CitationLabel() {}

    public static String of(EvidenceItem item, Integer page) {
        StringBuilder label = new StringBuilder(item.title());
        if (!item.dateShown().isBlank()) {
            label.append(", ").append(item.dateShown());
        }
        if (page != null) {
            label.append(", p. ").append(page);
        }
        return label.toString();
    }
}
