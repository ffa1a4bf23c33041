package org.stocktake.assessments.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A framed panel of the dashboard: a heading, an optional hint, and its body; or just a body, framed. */
final class DashboardCard extends VBox {

    DashboardCard(Node... children) {
        super(4, children);
        setPadding(new Insets(10));
        setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 6; -fx-background-radius: 6;");
        setMinWidth(0);
    }

    static DashboardCard of(Label heading, Label hint, Node body) {
        DashboardCard card = hint == null ? new DashboardCard(heading, body) : new DashboardCard(heading, hint, body);
        card.setSpacing(6);
        return card;
    }

    /** A card's heading; it wraps rather than cut a round's title short. */
    static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        return heading;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }
}
