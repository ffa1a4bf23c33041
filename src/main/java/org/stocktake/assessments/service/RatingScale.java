package org.stocktake.assessments.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A rating scale with its levels in order, e.g. red, amber, green. */
public record RatingScale(
        long id, UUID uuid, String code, String name, String description, boolean builtIn, List<RatingLevel> levels) {

    public RatingScale {
        levels = List.copyOf(levels);
    }

    public Optional<RatingLevel> level(String levelCode) {
        return levels.stream().filter(l -> l.code().equalsIgnoreCase(levelCode)).findFirst();
    }

    public Optional<RatingLevel> levelById(long levelId) {
        return levels.stream().filter(l -> l.id() == levelId).findFirst();
    }

    /**
     * The levels a typed key picks: those whose code or label starts with it, ignoring case, in scale order. Typing
     * the same initial again moves to the next match.
     */
    public List<RatingLevel> matching(String typed) {
        String key = typed.toLowerCase(Locale.ROOT);
        return levels.stream()
                .filter(l -> l.code().toLowerCase(Locale.ROOT).startsWith(key)
                        || l.label().toLowerCase(Locale.ROOT).startsWith(key))
                .toList();
    }
}
