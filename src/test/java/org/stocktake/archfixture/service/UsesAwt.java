package org.stocktake.archfixture.service;

import java.awt.Color;

/** A service that uses AWT. */
public final class UsesAwt {
    Color colour;
}
