package org.stocktake.archfixture.service;

import org.stocktake.recommendations.persistence.RecommendationRepository;

/** A service that reaches into another feature's tables. */
public final class UsesAnotherFeaturesRepository {
    RecommendationRepository theirs;
}
