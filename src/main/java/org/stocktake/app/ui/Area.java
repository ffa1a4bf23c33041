package org.stocktake.app.ui;

import org.kordamp.ikonli.feather.Feather;

/** The panel's areas in the navigation. Areas arrive with their features; none is listed before it works. */
enum Area {
    RECOMMENDATIONS("Recommendations", Feather.LIST, "nav-recommendations"),
    ASSESSMENTS("Assessments", Feather.CHECK_SQUARE, "nav-assessments"),
    DASHBOARD("Dashboard", Feather.BAR_CHART_2, "nav-dashboard"),
    EVIDENCE("Evidence", Feather.FILE_TEXT, "nav-evidence"),
    CORRESPONDENCE("Correspondence", Feather.MAIL, "nav-correspondence"),
    LETTERS("Letters", Feather.EDIT_3, "nav-letters"),
    PANEL("Panel and people", Feather.USERS, "nav-panel"),
    MEMBERS("Members", Feather.USER_CHECK, "nav-members");

    final String label;
    final Feather icon;
    final String id;

    Area(String label, Feather icon, String id) {
        this.label = label;
        this.icon = icon;
        this.id = id;
    }
}
