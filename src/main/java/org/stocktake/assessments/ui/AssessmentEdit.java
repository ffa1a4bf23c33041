package org.stocktake.assessments.ui;

import java.util.UUID;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.shared.undo.UndoableChange;

/**
 * One saved change to an assessment in a draft round. Undo saves the draft as it was back through the service, redo
 * saves the new one again; both go through the same autosave as typing, so the round's version checks still apply.
 */
final class AssessmentEdit implements UndoableChange {

    /** Saves a draft of the recommendation's assessment in the round; throws if the service refuses. */
    interface Saver {
        void save(long roundId, UUID recommendationUuid, AssessmentDraft draft);
    }

    private final Saver saver;
    private final long roundId;
    private final UUID recommendationUuid;
    private final String description;
    private final AssessmentDraft before;
    private final AssessmentDraft after;

    AssessmentEdit(
            Saver saver,
            long roundId,
            UUID recommendationUuid,
            String description,
            AssessmentDraft before,
            AssessmentDraft after) {
        this.saver = saver;
        this.roundId = roundId;
        this.recommendationUuid = recommendationUuid;
        this.description = description;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        saver.save(roundId, recommendationUuid, before);
    }

    @Override
    public void redo() {
        saver.save(roundId, recommendationUuid, after);
    }

    /** Names what changed between two drafts, e.g. "rating of recommendation 8". */
    static String describe(String number, AssessmentDraft before, AssessmentDraft after) {
        int changes = 0;
        String what = "assessment";
        if (!java.util.Objects.equals(before.levelCode(), after.levelCode())) {
            changes++;
            what = "rating";
        }
        if (before.direction() != after.direction()) {
            changes++;
            what = "direction";
        }
        if (!java.util.Objects.equals(before.commentary(), after.commentary())) {
            changes++;
            what = "commentary";
        }
        return (changes == 1 ? what : "assessment") + " of recommendation " + number;
    }
}
