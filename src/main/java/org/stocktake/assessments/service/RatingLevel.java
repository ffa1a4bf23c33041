package org.stocktake.assessments.service;

import java.util.UUID;

/** One step of a rating scale. {@code countsAsRated} is false for fillers such as "not assessed". */
public record RatingLevel(
        long id,
        UUID uuid,
        String code,
        String label,
        String meaning,
        String colour,
        int position,
        boolean countsAsRated) {}
