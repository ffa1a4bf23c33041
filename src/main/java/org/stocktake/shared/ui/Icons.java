package org.stocktake.shared.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons come from the Feather set through Ikonli: scalable, theme-coloured, no image files to ship. */
public final class Icons {

    private Icons() {}

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("stocktake-icon");
        return icon;
    }
}
