package org.stocktake.archfixture.ui;

import org.stocktake.recommendations.persistence.RecommendationRepository;

/** A view that writes past the services. */
public final class ReachesARepository {
    RecommendationRepository repository;
}
