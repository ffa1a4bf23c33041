package org.stocktake.recommendations.ui;

import atlantafx.base.controls.CustomTextField;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ui.Icons;

/**
 * The register's toolbar: which review, the filter, grouping, the count, and the actions on the selection. Every
 * button and the count keep their whole width; the review list and the filter give way, so all of it fits from a
 * 1024 pixel wide window up.
 */
final class RegisterToolbar extends HBox {

    private final CustomTextField filter = new CustomTextField();
    private final Label count = new Label();

    RegisterToolbar(RegisterViewModel model, RegisterActions actions) {
        super(8);
        filter.setId("register-filter");
        filter.setPromptText("Filter (Ctrl+F)");
        filter.setTooltip(new Tooltip("Show only the recommendations that contain every word typed"));
        filter.setLeft(Icons.of(Feather.SEARCH));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMinWidth(150);
        filter.setPrefWidth(300);
        filter.setMaxWidth(420);

        ToggleButton group = new ToggleButton("By theme", Icons.of(Feather.LAYERS));
        group.setId("group-by-theme");
        group.setTooltip(new Tooltip("Group the register by theme (Ctrl+G)"));
        group.selectedProperty().bindBidirectional(model.groupByThemeProperty());

        count.setId("register-count");
        count.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button add = button("New", Feather.PLUS, "new-recommendation", "Add a recommendation (Ctrl+N)");
        add.setOnAction(e -> actions.create());
        Button edit = button("Edit", Feather.EDIT_2, "edit-recommendation", "Edit the selected recommendation (Enter)");
        edit.setOnAction(e -> actions.edit());
        edit.disableProperty().bind(model.selectedProperty().isNull());
        Button delete = button(
                "Delete", Feather.TRASH_2, "delete-recommendation", "Delete the selected recommendation (Delete)");
        delete.setOnAction(e -> actions.delete());
        delete.disableProperty().bind(model.selectedProperty().isNull());

        // The toolbar must fit a 1024 pixel window: the button shows its icon, its tooltip and accessible text say it.
        Button propose = button(
                "Propose from a document…",
                Feather.FILE_TEXT,
                "propose-from-document",
                "Propose from a document…: the numbered recommendations of a review in the library, to check and"
                        + " import");
        propose.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        propose.setOnAction(e -> actions.proposeFromDocument());

        for (Region fixed : new Region[] {group, count, propose, add, edit, delete}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().setAll(reviewChoice(model), filter, group, count, spacer, propose, add, edit, delete);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(10, 12, 10, 12));
    }

    private static ComboBox<Review> reviewChoice(RegisterViewModel model) {
        ComboBox<Review> review = new ComboBox<>();
        review.setId("review-choice");
        review.setConverter(new ReviewConverter());
        review.setButtonCell(ReviewConverter.buttonCell());
        review.setMinWidth(130);
        review.setPrefWidth(220);
        review.setMaxWidth(280);
        review.setTooltip(new Tooltip("Show one review, or all of them"));
        model.reviews().addListener((ListChangeListener<Review>) c -> {
            review.getItems().setAll(model.reviews());
            review.getItems().add(0, null);
            review.setValue(model.reviewFilterProperty().get());
        });
        review.valueProperty()
                .addListener((obs, old, now) -> model.reviewFilterProperty().set(now));
        // Both ways: a reload sets the register's choice itself, and the box must then show what the register shows.
        model.reviewFilterProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(review.getValue(), now)) {
                review.setValue(now);
            }
        });
        return review;
    }

    private static Button button(String text, Feather icon, String id, String tip) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    CustomTextField filter() {
        return filter;
    }

    /** Shows how many recommendations the register shows, of how many. */
    void count(int shown, int total) {
        count.setText(shown == total ? total + " recommendations" : shown + " of " + total + " recommendations");
    }
}
