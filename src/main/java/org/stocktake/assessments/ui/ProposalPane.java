package org.stocktake.assessments.ui;

import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.Proposal;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.shared.ui.Icons;

/**
 * Under the grid, for the selected row when it has proposed ratings: each with who proposed it and when, its
 * commentary, and Accept and Dismiss while it waits (and the round is a draft), or who decided it and when. Those
 * waiting come first; a row with many shows the first few and says how many more there are.
 */
final class ProposalPane extends VBox {

    /** Enough to decide by in a small window; the rest are listed by the command line. */
    static final int SHOWN = 3;

    private static final double COMMENTARY_HEIGHT = 36;

    private final AssessmentGridViewModel model;

    ProposalPane(AssessmentGridViewModel model) {
        this.model = model;
        setId("proposal-pane");
        getStyleClass().add("proposal-pane");
        setSpacing(4);
        setMinWidth(0);
        managedProperty().bind(visibleProperty());
        model.selectedProperty().addListener((obs, old, now) -> show(now));
        model.proposals().all().addListener((ListChangeListener<ProposedRating>) change -> show(selected()));
        model.readOnlyProperty().addListener((obs, old, now) -> show(selected()));
        show(null);
    }

    private Assessment selected() {
        return model.selectedProperty().get();
    }

    private void show(Assessment row) {
        List<ProposedRating> proposals = model.proposals().of(row).stream()
                .sorted(Comparator.comparing((ProposedRating p) -> !p.proposal().isOpen())
                        .thenComparing(p -> p.proposal().proposedAt(), Comparator.reverseOrder()))
                .toList();
        setVisible(!proposals.isEmpty());
        if (proposals.isEmpty()) {
            getChildren().clear();
            return;
        }
        long waiting = model.proposals().waiting(row);
        Label heading = wrapped("Proposed ratings for recommendation " + row.number() + ": "
                + (waiting == 0 ? "none waits for a decision" : waiting + " waiting")
                + (model.readOnlyProperty().get() ? "; the round is final, so they are kept as they stood." : "."));
        heading.setId("proposal-heading");
        heading.getStyleClass().add("text-bold");
        getChildren().setAll(heading);
        proposals.stream().limit(SHOWN).forEach(p -> getChildren().add(line(p)));
        if (proposals.size() > SHOWN) {
            Label more = wrapped((proposals.size() - SHOWN) + " more, older or decided, not shown here; the command"
                    + " line lists them all (assessments proposals).");
            more.getStyleClass().add("text-muted");
            getChildren().add(more);
        }
    }

    private HBox line(ProposedRating p) {
        Proposal proposal = p.proposal();
        Label level = p.level() == null ? wrapped("a level no longer on the scale") : new RatingChip(p.level());
        Label who = wrapped("by " + proposal.proposedBy() + ", " + RoundText.date(proposal.proposedAt()));
        who.getStyleClass().add("proposal-who");
        VBox text = new VBox(2, who);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (proposal.commentary() != null) {
            text.getChildren().add(commentary(proposal.commentary()));
        }
        HBox line = new HBox(8, level, text);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("proposal-line");
        line.setMinWidth(0);
        if (proposal.isOpen()) {
            Button accept = button("Accept", Feather.CHECK, "proposal-accept", "Make this the rating, as yours");
            accept.setOnAction(e -> model.proposals().accept(p));
            Button dismiss = button("Dismiss", Feather.X, "proposal-dismiss", "Keep it on record, changing nothing");
            dismiss.setOnAction(e -> model.proposals().dismiss(p));
            line.getChildren().addAll(accept, dismiss);
        } else {
            Label decided = wrapped(proposal.status().label() + " by " + proposal.decidedBy() + ", "
                    + RoundText.date(proposal.decidedAt()));
            decided.getStyleClass().addAll("text-muted", "proposal-decided");
            decided.setMinWidth(Region.USE_PREF_SIZE);
            decided.setWrapText(false);
            line.getChildren().add(decided);
        }
        return line;
    }

    private Button button(String text, Feather icon, String id, String tip) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty()
                .bind(model.readOnlyProperty().or(model.proposals().workingProperty()));
        return button;
    }

    /** A proposal's commentary is short by rule, but a narrow window may still cut it: whole in the tooltip. */
    private static Label commentary(String text) {
        Label label = wrapped(text);
        label.setMinHeight(0);
        label.setMaxHeight(COMMENTARY_HEIGHT);
        label.getStyleClass().add(Styles.ELIDES);
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        label.setTooltip(tip);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMinWidth(0);
        return label;
    }
}
