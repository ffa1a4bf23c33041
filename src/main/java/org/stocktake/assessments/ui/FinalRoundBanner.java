package org.stocktake.assessments.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.shared.ui.Icons;

/** Over a final round: who finalised it, that it is read-only, and the way to record a correction. */
final class FinalRoundBanner extends HBox {

    FinalRoundBanner(AssessmentGridViewModel model, AssessmentActions actions) {
        setId("round-final-banner");
        Label text = new Label();
        text.setId("round-final-text");
        text.setWrapText(true);
        text.setGraphic(Icons.of(Feather.LOCK));
        text.textProperty().bind(model.bannerProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        Button correct = new Button("Correct…", Icons.of(Feather.EDIT_3));
        correct.setId("correct-assessment");
        correct.setTooltip(
                new Tooltip("Record a correction to the selected recommendation's assessment, with a reason"));
        correct.setMinWidth(Region.USE_PREF_SIZE);
        correct.disableProperty().bind(model.selectedProperty().isNull());
        correct.setOnAction(e -> actions.correct());

        getChildren().setAll(text, correct);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-background-color: -color-warning-subtle;"
                + " -fx-border-color: -color-warning-muted transparent -color-warning-muted transparent;");
        visibleProperty().bind(model.bannerProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
