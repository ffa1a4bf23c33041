package org.stocktake.app.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stocktake.evidence.ui.RecommendationLinks;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;

/** The register as the library sees it: recommendations to link a document to, and their names. */
final class RegisterLinks implements RecommendationLinks {

    private final RecommendationService recommendations;

    RegisterLinks(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Optional<Long> choose(Window owner) {
        List<Recommendation> all = recommendations.recommendations(null);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Recommendation> dialog = new ChoiceDialog<>(all.get(0), all);
        dialog.initOwner(owner);
        dialog.setTitle("Link to a recommendation");
        dialog.setHeaderText("Which recommendation does this document bear on?");
        dialog.setContentText(null);
        dialog.getDialogPane().setId("link-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(480);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Recommendation> box = (javafx.scene.control.ComboBox<Recommendation>)
                dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Recommendation r) {
                    return r == null ? "" : label(r);
                }

                @Override
                public Recommendation fromString(String text) {
                    return null;
                }
            });
            box.setPrefWidth(440);
            box.setMaxWidth(Double.MAX_VALUE);
        }
        return dialog.showAndWait().map(Recommendation::id);
    }

    @Override
    public String describe(long recommendationId) {
        return recommendations.recommendations(null).stream()
                .filter(r -> r.id() == recommendationId)
                .findFirst()
                .map(RegisterLinks::label)
                .orElse("a deleted recommendation");
    }

    private static String label(Recommendation r) {
        return r.reviewCode() + " " + r.number() + ": " + r.title();
    }
}
