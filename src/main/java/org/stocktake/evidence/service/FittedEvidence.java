package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document as the library enters it: every field cut to what its column holds, so that a guess from a long or
 * odd file never fails the transaction it enters in.
 */
final class FittedEvidence {

    private FittedEvidence() {}

    static NewEvidence fitted(NewEvidence item) {
        EvidenceDraft f = item.fields();
        String title = EvidenceLimits.fitted(f.title(), EvidenceLimits.TITLE);
        String fileName = EvidenceLimits.fitted(item.fileName(), EvidenceLimits.FILE_NAME);
        EvidenceDraft draft = new EvidenceDraft(
                title == null ? Objects.requireNonNullElse(fileName, "Untitled document") : title,
                f.dated(),
                f.dated() == null ? null : f.precision(),
                f.kind() == null ? EvidenceKind.OTHER : f.kind(),
                fittedParties(f.senders()),
                fittedParties(f.recipients()),
                EvidenceLimits.fitted(f.source(), EvidenceLimits.SOURCE),
                EvidenceLimits.fitted(f.reference(), EvidenceLimits.REFERENCE),
                f.tags().stream()
                        .map(t -> EvidenceLimits.fitted(t, EvidenceLimits.TAG))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                f.repliesToId(),
                f.replyBy());
        return new NewEvidence(
                item.sha256(),
                item.sizeBytes(),
                item.mediaType(),
                fileName == null ? "unnamed" : fileName,
                draft,
                item.guessed(),
                item.textStatus(),
                EvidenceLimits.fitted(item.textNote(), EvidenceLimits.NOTE),
                item.pages(),
                item.attachedToId());
    }

    static List<Party> fittedParties(List<Party> parties) {
        List<Party> kept = new ArrayList<>();
        for (Party party : parties) {
            String name = EvidenceLimits.fitted(party.name(), EvidenceLimits.PARTY);
            if (name != null) {
                kept.add(new Party(
                        name, party.personId(), EvidenceLimits.fitted(party.office(), EvidenceLimits.OFFICE)));
            }
        }
        return kept;
    }

    static NewEvidence withParent(NewEvidence item, long parentId) {
        return new NewEvidence(
                item.sha256(),
                item.sizeBytes(),
                item.mediaType(),
                item.fileName(),
                item.fields(),
                item.guessed(),
                item.textStatus(),
                item.textNote(),
                item.pages(),
                parentId);
    }
}
