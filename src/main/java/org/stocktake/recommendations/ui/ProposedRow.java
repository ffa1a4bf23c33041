package org.stocktake.recommendations.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stocktake.recommendations.service.ImportRow;

/**
 * One proposed recommendation in the import preview, as the user corrects it: its number, theme and title can be
 * changed, and it can be left out. Its row number (as the problems name it), page and body stay as found.
 */
public final class ProposedRow {

    private final ImportRow found;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final StringProperty number;
    private final StringProperty theme;
    private final StringProperty title;

    ProposedRow(ImportRow found) {
        this.found = found;
        this.number = new SimpleStringProperty(orEmpty(found.number()));
        this.theme = new SimpleStringProperty(orEmpty(found.theme()));
        this.title = new SimpleStringProperty(orEmpty(found.title()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The row as it would be imported now. */
    ImportRow toRow() {
        return new ImportRow(
                found.line(),
                number.get(),
                theme.get(),
                title.get(),
                found.text(),
                null,
                null,
                null,
                found.sourceDocument(),
                found.sourcePage(),
                false);
    }

    public int row() {
        return found.line();
    }

    public Integer page() {
        return found.sourcePage();
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
