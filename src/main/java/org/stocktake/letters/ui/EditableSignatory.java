package org.stocktake.letters.ui;

import java.util.Arrays;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stocktake.letters.document.Signatory;

/** A signatory as the editor holds them: a name and the role printed under it, a line each. */
final class EditableSignatory {

    private final UUID person;
    private final String signatureImage;
    private final StringProperty name;
    private final StringProperty roles;

    EditableSignatory(Signatory signatory) {
        this.person = signatory.person();
        this.signatureImage = signatory.signatureImage();
        this.name = new SimpleStringProperty(signatory.name());
        this.roles = new SimpleStringProperty(String.join("\n", signatory.roleLines()));
    }

    Signatory toSignatory() {
        return new Signatory(
                name.get().strip(),
                Arrays.stream(roles.get().split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList(),
                person,
                signatureImage);
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty rolesProperty() {
        return roles;
    }
}
