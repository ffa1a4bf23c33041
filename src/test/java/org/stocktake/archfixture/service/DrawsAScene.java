package org.stocktake.archfixture.service;

import javafx.scene.control.Label;

/** A service that builds part of a window. */
public final class DrawsAScene {
    Label label;
}
