package org.stocktake.letters.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.stocktake.letters.service.TemplateContent;

/**
 * Chooses an office from the register's, for a template's addressee or a signatory. The office chosen now is offered
 * even when nobody in the register holds it any more, marked so, and stays until the person chooses another.
 */
final class OfficeChooser extends ComboBox<TemplateContent.Office> {

    private final TemplatesModel model;
    private final boolean writerMayFill;

    OfficeChooser(TemplatesModel model, TemplateContent.Office current, boolean writerMayFill) {
        this.model = model;
        this.writerMayFill = writerMayFill;
        offer(current);
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(TemplateContent.Office office) {
                if (office == null || TemplatesModel.LEFT_TO_THE_WRITER.equals(office)) {
                    return "Left to the writer of each letter";
                }
                return office.label() + (model.known(office) ? "" : " (nobody in the register)");
            }

            @Override
            public TemplateContent.Office fromString(String text) {
                return null;
            }
        });
    }

    /** Offers the register's offices afresh, with {@code current} among them. */
    void offer(TemplateContent.Office current) {
        List<TemplateContent.Office> choices = new ArrayList<>();
        if (writerMayFill) {
            choices.add(TemplatesModel.LEFT_TO_THE_WRITER);
        }
        choices.addAll(model.offices());
        if (current != null && !choices.contains(current)) {
            choices.add(current);
        }
        getItems().setAll(choices);
    }
}
