package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Citations;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.task.TaskRunner;

/**
 * The assessment grid as the main window shows it: the view, its model, and the dialogs its actions open. The grid
 * reads the workspace afresh each time it is shown, so recommendations added meanwhile appear.
 */
public final class AssessmentScreen implements AssessmentActions {

    private final AssessmentGridViewModel model;
    private final AssessmentGridView view;

    public AssessmentScreen(
            AssessmentService assessments,
            ScaleService scales,
            RecommendationService recommendations,
            TaskRunner tasks) {
        this(assessments, scales, recommendations, tasks, null, null);
    }

    /** As above, with the evidence each assessment cites shown under the grid, cited from {@code library}. */
    public AssessmentScreen(
            AssessmentService assessments,
            ScaleService scales,
            RecommendationService recommendations,
            TaskRunner tasks,
            Citations citations,
            CitableLibrary library) {
        this.model = new AssessmentGridViewModel(assessments, scales, recommendations, tasks);
        this.view = new AssessmentGridView(model, this);
        if (citations != null && library != null) {
            view.showCitations(new CitationBar(model, new CitationList(citations, tasks), library, tasks));
        }
        model.problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                view.redraw();
                showProblem(now);
            }
        });
        view.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.load();
            }
        });
    }

    public AssessmentGridView view() {
        return view;
    }

    public AssessmentGridViewModel model() {
        return model;
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }

    @Override
    public void newRound() {
        Review review = model.reviewProperty().get();
        if (review == null) {
            return;
        }
        new RoundDialog(window(), review, List.copyOf(model.rounds()), LocalDate.now(), model::createRound)
                .showAndWait()
                .ifPresent(started -> view.table().requestFocus());
    }

    @Override
    public void finaliseRound() {
        AssessmentRound round = model.roundProperty().get();
        if (round == null || round.isFinal()) {
            return;
        }
        ButtonType finalise = new ButtonType("Finalise", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Once final, '" + round.title() + "' becomes read-only: its assessments can no longer be edited, only"
                        + " corrected, each correction with a reason and the original kept on record.\n\n"
                        + model.progressProperty().get() + ".",
                finalise,
                ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle("Finalise round");
        confirm.setHeaderText("Finalise '" + round.title() + "'?");
        confirm.getDialogPane().lookupButton(finalise).setId("finalise-confirm");
        if (confirm.showAndWait().filter(finalise::equals).isPresent()) {
            model.finaliseRound();
        }
    }

    @Override
    public void correct() {
        Assessment row = model.selectedProperty().get();
        AssessmentRound round = model.roundProperty().get();
        if (row == null
                || round == null
                || !round.isFinal()
                || model.scaleProperty().get() == null) {
            return;
        }
        if (row.uuid() == null) {
            model.refuse(
                    "Nothing to correct",
                    "Recommendation " + row.number() + " was not assessed in '" + round.title() + "'.",
                    null);
            return;
        }
        new CorrectionDialog(window(), row, round, model.scaleProperty().get(), (draft, reason) -> model.edits()
                        .correct(row, draft, reason))
                .showAndWait();
    }

    private void showProblem(Problem problem) {
        Alert alert = new Alert(Alert.AlertType.WARNING, problem.message());
        alert.initOwner(window());
        alert.setTitle("Not saved");
        alert.setHeaderText(problem.heading());
        if (problem.unsaved() != null) {
            TextArea text = new TextArea(problem.unsaved());
            text.setId("problem-unsaved");
            text.setEditable(false);
            text.setWrapText(true);
            alert.setContentText(problem.message() + "\n\nWhat you typed is below, to copy before closing.");
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().setExpanded(true);
        }
        alert.show();
    }
}
