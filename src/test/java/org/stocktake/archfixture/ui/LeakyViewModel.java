package org.stocktake.archfixture.ui;

import javafx.scene.Node;

/** A ViewModel that holds part of its view. */
public final class LeakyViewModel {
    Node view;
}
