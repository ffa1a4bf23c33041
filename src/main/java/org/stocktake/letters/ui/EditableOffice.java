package org.stocktake.letters.ui;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stocktake.letters.service.TemplateContent;

/** A template's signatory as the template editor holds it: an office, and the role printed under the name. */
final class EditableOffice {

    private final ObjectProperty<TemplateContent.Office> office;
    private final StringProperty lines;

    EditableOffice(TemplateContent.Office office) {
        this.office = new SimpleObjectProperty<>(office.bare());
        this.lines = new SimpleStringProperty(String.join("\n", office.roleLines()));
    }

    TemplateContent.Office toOffice() {
        TemplateContent.Office chosen = office.get();
        return new TemplateContent.Office(
                chosen.role(),
                chosen.organisation(),
                Arrays.stream(lines.get().split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList());
    }

    ObjectProperty<TemplateContent.Office> officeProperty() {
        return office;
    }

    StringProperty linesProperty() {
        return lines;
    }
}
