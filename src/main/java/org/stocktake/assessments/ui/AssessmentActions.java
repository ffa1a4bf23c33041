package org.stocktake.assessments.ui;

/** What the assessment grid's buttons ask the screen to do; each opens a dialog. */
interface AssessmentActions {
    void newRound();

    void finaliseRound();

    void correct();
}
