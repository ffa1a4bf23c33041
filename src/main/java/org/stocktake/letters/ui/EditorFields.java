package org.stocktake.letters.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/** The fields, labels and section headings the letter and template editors lay out alike. */
final class EditorFields {

    private EditorFields() {}

    static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        return field;
    }

    /** A label that keeps its whole text, whatever room the form has. */
    static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
