package org.stocktake.assessments.service;

import java.util.List;

/** The scales every workspace starts with. They are ordinary data once stored; users add their own beside them. */
final class BuiltInScales {

    static final String RAG = "rag";
    static final String PROGRESS = "progress";
    static final String PRIORITY = "priority";

    private BuiltInScales() {}

    static List<ScaleDraft> all() {
        return List.of(
                new ScaleDraft(
                        RAG,
                        "Red, amber, green",
                        "The usual traffic-light rating, with complete and not assessed.",
                        List.of(
                                new LevelDraft("R", "Red", "Significant issues", "#C62828", true),
                                new LevelDraft("A", "Amber", "Issues or risks identified", "#EF8F00", true),
                                new LevelDraft("G", "Green", "On track", "#2E7D32", true),
                                new LevelDraft("C", "Complete", "Done and closed", "#1565C0", true),
                                new LevelDraft("N", "Not assessed", "Not yet assessed", "#9E9E9E", false))),
                new ScaleDraft(
                        PROGRESS,
                        "Progress",
                        "Five steps from not started to achieved and embedded.",
                        List.of(
                                new LevelDraft("N", "Not started", "No progress yet", "#C62828", true),
                                new LevelDraft("L", "Limited", "Limited progress", "#EF6C00", true),
                                new LevelDraft(
                                        "S", "Some progress", "Progress made, not yet with impact", "#F9A825", true),
                                new LevelDraft(
                                        "G", "Good progress", "Clear progress with some impact", "#7CB342", true),
                                new LevelDraft(
                                        "E", "Achieved and embedded", "Done, with lasting impact", "#2E7D32", true))),
                new ScaleDraft(
                        PRIORITY,
                        "Auditor priority",
                        "The priority an auditor gives a recommendation.",
                        List.of(
                                new LevelDraft("H", "High", "Act now", "#C62828", true),
                                new LevelDraft("M", "Medium", "Act soon", "#EF8F00", true),
                                new LevelDraft("L", "Low", "Act when possible", "#2E7D32", true))));
    }
}
