package org.stocktake.assessments.service;

/** One level as a user defines it. */
public record LevelDraft(String code, String label, String meaning, String colour, boolean countsAsRated) {}
