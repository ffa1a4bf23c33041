package org.stocktake.letters.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.letters.document.Addressee;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;

/**
 * The fields of one letter as the editor shows them, read from and written back to a {@link LetterDocument}. Every
 * change marks the letter unsaved; parts the editor does not show (letterhead, citations, kind) pass through as read.
 */
final class LetterEditorModel {

    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty reference = new SimpleStringProperty("");
    final StringProperty deliveryNote = new SimpleStringProperty("");
    final StringProperty addresseeName = new SimpleStringProperty("");
    final StringProperty addresseeOffice = new SimpleStringProperty("");
    final StringProperty addresseeAddress = new SimpleStringProperty("");
    final StringProperty salutation = new SimpleStringProperty("");
    final StringProperty subject = new SimpleStringProperty("");
    final StringProperty closing = new SimpleStringProperty("");
    final BooleanProperty annex = new SimpleBooleanProperty();
    final ObservableList<EditableBlock> blocks =
            FXCollections.observableArrayList(b -> new Observable[] {b.kindProperty(), b.textProperty()});
    final ObservableList<EditableSignatory> signatories =
            FXCollections.observableArrayList(s -> new Observable[] {s.nameProperty(), s.rolesProperty()});

    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private LetterDocument read;
    private boolean loading;

    LetterEditorModel() {
        List<Observable> fields = List.of(
                title,
                date,
                reference,
                deliveryNote,
                addresseeName,
                addresseeOffice,
                addresseeAddress,
                salutation,
                subject,
                closing,
                annex,
                blocks,
                signatories);
        fields.forEach(field -> field.addListener(changed -> {
            // Read it back, so the next change is heard too when no field on screen reads it (an invalidation
            // listener is told once until someone reads the value).
            if (changed instanceof javafx.beans.value.ObservableValue<?> value) {
                value.getValue();
            }
            if (!loading) {
                dirty.set(true);
            }
        }));
    }

    /** Shows {@code letter} as saved: nothing is unsaved afterwards. */
    void load(String letterTitle, LetterDocument letter) {
        loading = true;
        try {
            read = letter;
            title.set(letterTitle);
            date.set(letter.date());
            reference.set(letter.reference());
            deliveryNote.set(letter.deliveryNote());
            Addressee to = letter.addressee();
            addresseeName.set(to.name());
            addresseeOffice.set(to.office());
            addresseeAddress.set(String.join("\n", to.address()));
            salutation.set(letter.salutation());
            subject.set(letter.subject());
            closing.set(letter.closing());
            annex.set(letter.annex());
            blocks.setAll(letter.body().stream().map(EditableBlock::of).toList());
            signatories.setAll(
                    letter.signatories().stream().map(EditableSignatory::new).toList());
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** The letter as the fields now say. */
    LetterDocument document() {
        List<String> address = Arrays.stream(addresseeAddress.get().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        boolean sameAddressee = read.addressee()
                        .name()
                        .equals(addresseeName.get().strip())
                && read.addressee().office().equals(addresseeOffice.get().strip());
        return new LetterDocument(
                read.kind(),
                read.letterhead(),
                reference.get().strip(),
                date.get(),
                deliveryNote.get().strip(),
                read.headerOrder(),
                new Addressee(
                        addresseeName.get().strip(),
                        addresseeOffice.get().strip(),
                        address,
                        sameAddressee ? read.addressee().person() : null),
                salutation.get().strip(),
                subject.get().strip(),
                blocks.stream().map(EditableBlock::toBlock).toList(),
                closing.get().strip(),
                signatories.stream().map(EditableSignatory::toSignatory).toList(),
                read.citations(),
                annex.get(),
                read.contact(),
                read.notesToEditors());
    }

    /** After a save: what was saved is what the fields hold, unless they changed while it was saved. */
    void saved(LetterDocument savedDocument) {
        read = savedDocument;
        if (document().equals(savedDocument)) {
            dirty.set(false);
        }
    }

    /** Adds a citation to the letter's list (once), without touching what the person typed. */
    void addCitation(org.stocktake.letters.document.Citation citation) {
        if (read.citations().stream().noneMatch(c -> c.key().equals(citation.key()))) {
            List<org.stocktake.letters.document.Citation> citations = new java.util.ArrayList<>(read.citations());
            citations.add(citation);
            read = read.withCitations(citations);
        }
        dirty.set(true);
    }

    /** Shows {@code changed} in place of what is shown, as unsaved work (e.g. passages refreshed). */
    void reload(LetterDocument changed) {
        load(title.get(), changed);
        dirty.set(true);
    }

    void markDirty(boolean unsaved) {
        dirty.set(unsaved);
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    int indexOf(String blockId) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(blockId)) {
                return i;
            }
        }
        return -1;
    }

    List<Block> body() {
        return blocks.stream().map(EditableBlock::toBlock).toList();
    }
}
