package org.stocktake.recommendations.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.Review;
import org.stocktake.recommendations.service.SourceReference;
import org.stocktake.shared.StaleEditException;
import org.stocktake.shared.TypedDate;
import org.stocktake.shared.ValidationException;

/**
 * The form to add or edit a recommendation. Saving is attempted when the user presses Save; if the service refuses,
 * the reasons are shown and the dialog stays open with everything typed still there.
 */
final class RecommendationEditor extends Dialog<Recommendation> {

    private final ComboBox<Review> review = new ComboBox<>();
    private final TextField number = field("editor-number");
    private final ComboBox<String> theme = new ComboBox<>();
    private final TextField title = field("editor-title");
    private final TextField owner = field("editor-owner");
    private final TextField priority = field("editor-priority");
    private final TextField milestone = field("editor-milestone");
    private final TextField sourceDocument = field("editor-source-document");
    private final TextField sourcePage = field("editor-source-page");
    private final CheckBox summary = new CheckBox("The text is a summary, not checked against the source");
    private final TextArea body = area("editor-text");
    private final TextArea notes = area("editor-notes");
    private final Label problems = new Label();

    RecommendationEditor(
            Window owner,
            String heading,
            List<Review> reviews,
            List<String> themes,
            RecommendationDraft start,
            boolean reviewFixed,
            Function<RecommendationDraft, Recommendation> save) {
        initOwner(owner);
        setTitle(heading);
        setHeaderText(heading);
        setResizable(true);
        review.getItems().setAll(reviews);
        review.getSelectionModel()
                .select(reviews.stream()
                        .filter(r -> r.id() == start.reviewId())
                        .findFirst()
                        .orElse(null));
        review.setDisable(reviewFixed);
        review.setId("editor-review");
        review.setConverter(new ReviewConverter());
        review.setButtonCell(ReviewConverter.buttonCell());
        theme.setEditable(true);
        theme.getItems().setAll(themes);
        theme.setId("editor-theme");
        summary.setId("editor-summary");
        fill(start);

        problems.setId("editor-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("danger");
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());

        getDialogPane().setContent(form());
        getDialogPane()
                .getButtonTypes()
                .setAll(new ButtonType("Save", ButtonType.OK.getButtonData()), ButtonType.CANCEL);
        getDialogPane().setPrefWidth(640);
        Button saveButton = (Button)
                getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
        saveButton.setId("editor-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            try {
                setResult(save.apply(draft()));
            } catch (ValidationException e) {
                showProblems(e.problems());
                event.consume();
            } catch (StaleEditException e) {
                showProblems(List.of(e.getMessage()));
                event.consume();
            }
        });
        setResultConverter(button -> button.getButtonData().isCancelButton() ? null : getResult());
        setOnShown(e -> title.requestFocus());
    }

    private void fill(RecommendationDraft start) {
        number.setText(start.number());
        theme.getEditor().setText(start.theme());
        title.setText(start.title());
        owner.setText(start.owner());
        priority.setText(start.priority());
        milestone.setText(start.milestone() == null ? "" : start.milestone().toString());
        milestone.setPromptText("e.g. 2015-12-31");
        sourceDocument.setText(start.source().document());
        sourcePage.setText(
                start.source().page() == null ? "" : start.source().page().toString());
        summary.setSelected(start.summaryOnly());
        body.setText(start.body());
        notes.setText(start.notes());
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.getColumnConstraints().setAll(labels(), fields(), labels(), fields());
        summary.setWrapText(true);
        int row = 0;
        grid.add(problems, 0, row++, 4, 1);
        row = line(grid, row, "Review", review);
        grid.addRow(row++, label("Number"), number, label("Theme"), theme);
        row = line(grid, row, "Title", title);
        grid.addRow(row++, label("Owner"), owner, label("Priority"), priority);
        grid.addRow(row++, label("Milestone"), milestone, label("Source page"), sourcePage);
        row = line(grid, row, "Source document", sourceDocument);
        row = line(grid, row, "", summary);
        row = line(grid, row, "Text", body);
        line(grid, row, "Notes", notes);
        theme.setMaxWidth(Double.MAX_VALUE);
        review.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(title, Priority.ALWAYS);
        return grid;
    }

    /** A label column keeps its labels whole; the field columns share what is left. */
    private static ColumnConstraints labels() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static ColumnConstraints fields() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setMinWidth(120);
        column.setPrefWidth(200);
        return column;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static int line(GridPane grid, int row, String label, Node node) {
        grid.add(label(label), 0, row);
        grid.add(node, 1, row, 3, 1);
        return row + 1;
    }

    /** What the form holds, read as a draft; unreadable dates and pages become problems shown to the user. */
    RecommendationDraft draft() {
        List<String> found = new ArrayList<>();
        LocalDate date = parseDate(milestone.getText(), found);
        Integer page = parsePage(sourcePage.getText(), found);
        if (review.getValue() == null) {
            found.add("Choose the review this recommendation belongs to.");
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
        return new RecommendationDraft(
                review.getValue().id(),
                number.getText(),
                theme.getEditor().getText(),
                title.getText(),
                body.getText(),
                owner.getText(),
                priority.getText(),
                date,
                new SourceReference(sourceDocument.getText(), page),
                notes.getText(),
                summary.isSelected());
    }

    private static LocalDate parseDate(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Optional<LocalDate> date = TypedDate.parse(value);
        if (date.isEmpty()) {
            problems.add("The milestone '" + value + "' is not a date (use " + TypedDate.EXAMPLES + ").");
        }
        return date.orElse(null);
    }

    private static Integer parsePage(String text, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add("The source page '" + text.strip() + "' is not a whole number.");
            return null;
        }
    }

    private void showProblems(List<String> messages) {
        problems.setText(String.join("\n", messages));
        problems.setVisible(true);
        getDialogPane().getScene().getWindow().sizeToScene();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static TextArea area(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }

    static RecommendationEditor forEdit(
            Window owner,
            List<Review> reviews,
            List<String> themes,
            Recommendation r,
            Function<RecommendationDraft, Recommendation> save) {
        return new RecommendationEditor(
                owner, "Edit recommendation " + r.number(), reviews, themes, r.toDraft(), true, save);
    }
}
