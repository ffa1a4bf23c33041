package org.stocktake.archfixture.service;

import org.stocktake.recommendations.ui.RegisterView;

/** A service that knows a view. */
public final class UsesTheUi {
    RegisterView view;
}
