package org.stocktake.assessments.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A rating scale as a user defines it: a code, a name and at least two levels in order. */
public record ScaleDraft(String code, String name, String description, List<LevelDraft> levels) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern LEVEL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+-]{0,19}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public ScaleDraft {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** What stops this scale being saved, in the user's words; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("The scale's short code must be lower-case letters, digits and hyphens (e.g. rag).");
        }
        if (name == null || name.isBlank()) {
            problems.add("The scale needs a name.");
        }
        if (levels.size() < 2) {
            problems.add("A scale needs at least two levels.");
        }
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            LevelDraft level = levels.get(i);
            String where = "Level " + (i + 1);
            if (level.code() == null || !LEVEL_CODE.matcher(level.code()).matches()) {
                problems.add(where + " needs a short code of letters or digits (e.g. R).");
            } else if (!codes.add(level.code().toUpperCase(Locale.ROOT))) {
                problems.add(where + " repeats the code " + level.code() + ".");
            }
            if (level.label() == null || level.label().isBlank()) {
                problems.add(where + " needs a label.");
            } else if (!labels.add(level.label().strip().toLowerCase(Locale.ROOT))) {
                problems.add(where + " repeats the label '" + level.label().strip() + "'.");
            }
            if (level.colour() == null || !COLOUR.matcher(level.colour()).matches()) {
                problems.add(where + " needs a colour written as #RRGGBB.");
            }
        }
        if (!levels.isEmpty() && levels.stream().noneMatch(LevelDraft::countsAsRated)) {
            problems.add("At least one level must count as a rating.");
        }
        return problems;
    }
}
