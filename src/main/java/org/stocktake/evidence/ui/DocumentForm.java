package org.stocktake.evidence.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.stocktake.evidence.service.DatePrecision;
import org.stocktake.evidence.service.EvidenceDraft;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.EvidenceKind;
import org.stocktake.evidence.service.Party;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.ui.UkDates;

/**
 * A document's fields, editable. A field the library guessed is marked until a person saves the form, which confirms
 * it; the people's names keep their match to the panel register while they are left as they were.
 */
final class DocumentForm extends GridPane {

    static final String GUESSED = "guessed";

    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker();
    private final ComboBox<DatePrecision> precision = new ComboBox<>();
    private final ComboBox<EvidenceKind> kind = new ComboBox<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField reference = new TextField();
    private final TextField tags = new TextField();
    private final ComboBox<EvidenceItem> repliesTo = new ComboBox<>();
    private final DatePicker replyBy = new DatePicker();
    private final javafx.collections.ObservableList<EvidenceItem> letters;
    private EvidenceItem item;

    DocumentForm(javafx.collections.ObservableList<EvidenceItem> library) {
        this.letters = library.filtered(i -> i.kind().isLetter());
        setId("evidence-form");
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(8, 0, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(120);
        getColumnConstraints().setAll(labels, fields);
        title.setId("evidence-title");
        date.setId("evidence-date");
        date.setConverter(new UkDates());
        date.setPromptText("e.g. 11 Jan 2016");
        date.setPrefWidth(165);
        date.setMinWidth(150);
        precision.setId("evidence-precision");
        precision.getItems().setAll(DatePrecision.values());
        precision.setConverter(
                converter(p -> p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT)));
        precision.setTooltip(new Tooltip("How much of the date is known"));
        precision.setMinWidth(Region.USE_PREF_SIZE);
        kind.setId("evidence-kind");
        kind.getItems().setAll(EvidenceKind.values());
        kind.setConverter(converter(EvidenceKind::label));
        kind.setMinWidth(Region.USE_PREF_SIZE);
        from.setId("evidence-from");
        from.setPromptText("Names, separated by ;");
        to.setId("evidence-to");
        to.setPromptText("Names, separated by ;");
        reference.setId("evidence-reference");
        tags.setId("evidence-tags");
        tags.setPromptText("Tags, separated by commas");
        HBox when = new HBox(6, date, precision);
        addRow(0, label("Title", title), title);
        addRow(1, label("Date", date), when);
        addRow(2, label("Kind", kind), kind);
        addRow(3, label("From", from), from);
        addRow(4, label("To", to), to);
        addRow(5, label("Reference", reference), reference);
        addRow(6, label("Tags", tags), tags);
        repliesTo.setId("evidence-replies-to");
        repliesTo.setPromptText("The letter this answers, if any");
        repliesTo.setConverter(converter(l -> l.dateShown() + " \u00b7 " + l.title()));
        repliesTo.setMaxWidth(Double.MAX_VALUE);
        repliesTo.setMinWidth(120);
        replyBy.setId("evidence-reply-by");
        replyBy.setConverter(new UkDates());
        replyBy.setPromptText("When a reply is due");
        replyBy.setMinWidth(130);
        addRow(7, label("Replies to", repliesTo), repliesTo);
        addRow(8, label("Reply by", replyBy), replyBy);
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Shows a document's fields, the guessed ones marked. */
    void show(EvidenceItem shown) {
        this.item = shown;
        title.setText(shown.title());
        date.setValue(shown.dated());
        precision.setValue(shown.precision() == null ? DatePrecision.DAY : shown.precision());
        kind.setValue(shown.kind());
        from.setText(names(shown.senders()));
        to.setText(names(shown.recipients()));
        reference.setText(shown.reference() == null ? "" : shown.reference());
        tags.setText(String.join(", ", shown.tags()));
        repliesTo
                .getItems()
                .setAll(letters.stream().filter(l -> l.id() != shown.id()).toList());
        repliesTo.getItems().add(0, null);
        repliesTo.setValue(letters.stream()
                .filter(l -> shown.repliesToId() != null && l.id() == shown.repliesToId())
                .findFirst()
                .orElse(null));
        replyBy.setValue(shown.replyBy());
        mark(title, shown.isGuessed(EvidenceItem.TITLE));
        mark(date, shown.isGuessed(EvidenceItem.DATE));
        mark(kind, shown.isGuessed(EvidenceItem.KIND));
        mark(from, shown.isGuessed(EvidenceItem.SENDERS));
        mark(to, shown.isGuessed(EvidenceItem.RECIPIENTS));
        mark(reference, shown.isGuessed(EvidenceItem.REFERENCE));
    }

    private static void mark(Region field, boolean guessed) {
        field.getStyleClass().remove(GUESSED);
        if (guessed) {
            field.getStyleClass().add(GUESSED);
        }
    }

    private static String names(List<Party> parties) {
        return String.join("; ", parties.stream().map(Party::name).toList());
    }

    /** The fields as a person left them. */
    EvidenceDraft draft() {
        LocalDate dated = typedDate(date, "'%s' is not a date; write it as 11 Jan 2016.");
        return new EvidenceDraft(
                title.getText(),
                dated,
                dated == null ? null : precision.getValue(),
                kind.getValue(),
                parties(from.getText(), item.senders()),
                parties(to.getText(), item.recipients()),
                item.source(),
                reference.getText(),
                Arrays.stream(tags.getText().split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList(),
                repliesTo.getValue() == null ? null : repliesTo.getValue().id(),
                typedDate(replyBy, "'%s' is not a date for the reply; write it as 11 Feb 2016."));
    }

    /**
     * The date typed in {@code picker}, read as it stands rather than as last committed, so a date typed and not yet
     * confirmed is kept; none for an empty field.
     *
     * @throws ValidationException with {@code refusal} (the text in place of %s) when what is typed is not a date
     */
    private static LocalDate typedDate(DatePicker picker, String refusal) {
        String typed = picker.getEditor().getText();
        LocalDate date = picker.getConverter().fromString(typed);
        if (date == null && typed != null && !typed.isBlank()) {
            throw new ValidationException(String.format(refusal, typed.strip()));
        }
        return date;
    }

    /** Names typed, each keeping its register match when it is one of the names there were. */
    private static List<Party> parties(String typed, List<Party> were) {
        List<Party> parties = new ArrayList<>();
        for (String name : typed.split(";")) {
            String kept = name.strip();
            if (kept.isEmpty()) {
                continue;
            }
            parties.add(
                    were.stream().filter(p -> p.name().equals(kept)).findFirst().orElse(Party.named(kept)));
        }
        return parties;
    }
}
