package org.stocktake.assessments.ui;

/** Style classes the assessment screens share with their style sheet and with the layout checks. */
final class Styles {

    /** Free text that may be cut short by design; its whole text is always in a tooltip. */
    static final String ELIDES = "elides";

    /** The assessment screens' own style sheet. */
    static final String SHEET = Styles.class.getResource("assessments.css").toExternalForm();

    private Styles() {}
}
