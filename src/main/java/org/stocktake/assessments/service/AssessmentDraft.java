package org.stocktake.assessments.service;

/** What an assessor types: a level of the review's scale (by code), a direction and commentary; each may be empty. */
public record AssessmentDraft(String levelCode, Direction direction, String commentary) {

    public static final int MAX_COMMENTARY = 65_535;

    public AssessmentDraft {
        levelCode = levelCode == null || levelCode.isBlank() ? null : levelCode.strip();
        commentary = commentary == null || commentary.isBlank() ? null : commentary.strip();
    }

    public AssessmentDraft withLevel(String code) {
        return new AssessmentDraft(code, direction, commentary);
    }

    public AssessmentDraft withDirection(Direction newDirection) {
        return new AssessmentDraft(levelCode, newDirection, commentary);
    }

    public AssessmentDraft withCommentary(String text) {
        return new AssessmentDraft(levelCode, direction, text);
    }
}
