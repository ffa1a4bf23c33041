package org.stocktake.evidence.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search of the library. {@code text} holds plain words, "quoted phrases" and prefixes (kersl*); blank text lists
 * the items the filters keep, newest first. Every filter is optional (null or empty): {@code kinds} keeps items of any
 * of those kinds, {@code tags} keeps items carrying all of those tags, {@code person} keeps items whose sender or
 * recipients include that name (or its last words, e.g. "Kerslake" for "Sir Bob Kerslake"), {@code from} and {@code
 * to} are inclusive and leave out undated items. {@code limit} caps the hits (at most one per item).
 */
public record SearchQuery(
        String text,
        Set<String> kinds,
        LocalDate from,
        LocalDate to,
        Set<String> tags,
        String person,
        Long recommendationId,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** The words alone: no filters, at most 50 hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, Set.of(), null, null, DEFAULT_LIMIT);
    }

    public SearchQuery withKinds(Set<String> newKinds) {
        return new SearchQuery(text, newKinds, from, to, tags, person, recommendationId, limit);
    }

    public SearchQuery between(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, kinds, newFrom, newTo, tags, person, recommendationId, limit);
    }

    public SearchQuery withTags(Set<String> newTags) {
        return new SearchQuery(text, kinds, from, to, newTags, person, recommendationId, limit);
    }

    public SearchQuery withPerson(String newPerson) {
        return new SearchQuery(text, kinds, from, to, tags, newPerson, recommendationId, limit);
    }

    public SearchQuery withRecommendation(Long newRecommendationId) {
        return new SearchQuery(text, kinds, from, to, tags, person, newRecommendationId, limit);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, kinds, from, to, tags, person, recommendationId, newLimit);
    }
}
