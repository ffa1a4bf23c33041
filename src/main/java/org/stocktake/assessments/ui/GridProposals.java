package org.stocktake.assessments.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.shared.task.TaskRunner;

/**
 * The shown round's proposed ratings, read with the round, and accepting or dismissing one on the task runner. An
 * accepted proposal is the member's own rating, saved by the service, not an edit of the grid, so it is not on the
 * undo stack: changing the rating again is how it is taken back, and the trail keeps both.
 */
public final class GridProposals {

    private final AssessmentGridViewModel model;
    private final AssessmentService assessments;
    private final TaskRunner tasks;
    private final ObservableList<ProposedRating> all = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    GridProposals(AssessmentGridViewModel model, AssessmentService assessments, TaskRunner tasks) {
        this.model = model;
        this.assessments = assessments;
        this.tasks = tasks;
    }

    void loaded(List<ProposedRating> proposals) {
        all.setAll(proposals);
    }

    /** Every proposal of the shown round, decided or not. */
    public ObservableList<ProposedRating> all() {
        return all;
    }

    /** The row's proposals, oldest first. */
    public List<ProposedRating> of(Assessment row) {
        return row == null
                ? List.of()
                : all.stream()
                        .filter(p -> p.recommendationUuid().equals(row.recommendationUuid()))
                        .toList();
    }

    /** How many of the row's proposals wait for a decision. */
    public long waiting(Assessment row) {
        return of(row).stream().filter(p -> p.proposal().isOpen()).count();
    }

    /** Accepts {@code proposal}: the rating becomes the one acting's, and the grid shows it. */
    public void accept(ProposedRating proposal) {
        decide(proposal, true);
    }

    /** Dismisses {@code proposal}; it stays, marked dismissed. */
    public void dismiss(ProposedRating proposal) {
        decide(proposal, false);
    }

    private void decide(ProposedRating proposal, boolean accepting) {
        AssessmentRound round = model.roundProperty().get();
        if (round == null || working.get()) {
            return;
        }
        working.set(true);
        String whose = proposal.proposal().proposedBy() + "'s proposal for recommendation " + proposal.number();
        tasks.run(
                (accepting ? "Accepting " : "Dismissing ") + whose,
                progress -> {
                    Assessment saved = accepting ? assessments.proposals().accept(proposal.id()) : null;
                    if (!accepting) {
                        assessments.proposals().dismiss(proposal.id());
                    }
                    return new Decided(saved, assessments.proposals().ofRound(round.id()));
                },
                decided -> {
                    working.set(false);
                    AssessmentRound shown = model.roundProperty().get();
                    if (shown == null || shown.id() != round.id()) {
                        return;
                    }
                    all.setAll(decided.proposals());
                    if (decided.saved() != null) {
                        model.show(decided.saved());
                        // Replacing the row drops the table's selection; the member is still looking at this row.
                        if (model.selectedProperty().get() == null) {
                            model.selectedProperty().set(decided.saved());
                        }
                        model.statusMessage("Accepted " + whose + ": it is rated "
                                + decided.saved().level().label() + ", as your rating.");
                    } else {
                        model.statusMessage("Dismissed " + whose + "; it stays on record.");
                    }
                },
                error -> {
                    working.set(false);
                    model.refuse(
                            accepting ? "The proposal was not accepted" : "The proposal was not dismissed",
                            Failures.explain((accepting ? "accepting " : "dismissing ") + whose, error));
                });
    }

    private record Decided(Assessment saved, List<ProposedRating> proposals) {}

    /** Whether a proposal is being accepted or dismissed. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
