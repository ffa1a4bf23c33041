package org.stocktake.assessments.ui;

/**
 * A refusal the user must see: what was being done, why it failed, and anything typed that was not saved (so it can
 * be copied back rather than lost).
 */
record Problem(String heading, String message, String unsaved) {}
