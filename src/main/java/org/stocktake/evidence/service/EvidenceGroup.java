package org.stocktake.evidence.service;

import java.util.List;

/** A document and the files attached to it (an email's attachments), entering the library together. */
public record EvidenceGroup(NewEvidence document, List<NewEvidence> attachments) {

    public EvidenceGroup {
        attachments = List.copyOf(attachments);
    }
}
