package org.stocktake.app.ui;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.stocktake.audit.service.AuditProblem;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.shared.task.TaskRunner;

/**
 * Checks the audit trail in the background and tells the user plainly when it is broken or the data differs from it:
 * the first findings in the warning itself, all of them in its details.
 */
final class AuditCheck {

    /** Findings shown in the warning's text; the rest are in its details. */
    private static final int SHOWN = 8;

    private static final Logger LOG = Logger.getLogger(AuditCheck.class.getName());

    private final AuditTrail audit;
    private final TaskRunner tasks;
    private final StatusBar status;

    AuditCheck(AuditTrail audit, TaskRunner tasks, StatusBar status) {
        this.audit = audit;
        this.tasks = tasks;
        this.status = status;
    }

    /** On start-up: silent when intact, a warning that stays in the status bar when not. */
    void quietly(Window owner) {
        tasks.run(
                "Checking the audit trail",
                progress -> audit.verify(),
                result -> {
                    if (!result.intact()) {
                        warn(owner, result);
                    }
                },
                this::unchecked);
    }

    /** On request: always reports the outcome. */
    void now(Window owner) {
        tasks.run(
                "Verifying the audit trail",
                progress -> audit.verify(),
                result -> {
                    if (result.intact()) {
                        status.getLeftItems().removeIf(n -> "audit-broken".equals(n.getId()));
                        Alert alert = new Alert(
                                Alert.AlertType.INFORMATION, result.summary() + "\n\n" + result.checkpoints());
                        alert.initOwner(owner);
                        alert.setHeaderText("Audit trail verified");
                        alert.showAndWait();
                    } else {
                        warn(owner, result);
                    }
                },
                this::unchecked);
    }

    /**
     * A check that could not run says so in the status bar beside its other items: the bar's own text follows the area
     * on show and the work under way, so it is not this check's to set.
     */
    private void unchecked(Throwable error) {
        LOG.log(Level.WARNING, "The audit trail could not be checked", error);
        Label badge = new Label("The audit trail could not be checked: " + error.getMessage());
        badge.setId("audit-unchecked");
        badge.getStyleClass().add("danger");
        status.getLeftItems().removeIf(n -> "audit-unchecked".equals(n.getId()));
        status.getLeftItems().add(badge);
    }

    private void warn(Window owner, AuditVerification result) {
        Label badge = new Label(
                result.brokenAt() > 0
                        ? "Audit trail broken at entry " + result.brokenAt()
                        : "Data differs from the audit trail");
        badge.setId("audit-broken");
        badge.getStyleClass().add("danger");
        status.getLeftItems().setAll(badge);

        StringBuilder text = new StringBuilder(result.summary()).append('\n');
        List<AuditProblem> problems = result.problems();
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n• ").append(p.text()));
        if (problems.size() > SHOWN) {
            text.append("\n… and ").append(problems.size() - SHOWN).append(" more (see the details).");
        }
        text.append("\n\n").append(meaning(result));
        Alert alert = new Alert(Alert.AlertType.WARNING, text.toString());
        alert.initOwner(owner);
        alert.setHeaderText(
                result.brokenAt() > 0 ? "The audit trail is broken" : "The data differs from the audit trail");
        alert.getDialogPane().setMinWidth(640);
        alert.getDialogPane().setExpandableContent(details(result));
        alert.show();
    }

    /** What the findings mean for the user, and what to do. */
    private static String meaning(AuditVerification result) {
        String meaning = result.brokenAt() > 0
                ? "Something changed the workspace's records outside Stocktake. The record of who changed what can no"
                        + " longer be relied on from that entry on."
                : "Something changed the data outside Stocktake: what the window shows is not what the audit trail"
                        + " says was entered.";
        return meaning + " Keep a copy of this workspace folder before making further changes.";
    }

    /** Every problem, one per line, to read or copy. */
    private static TextArea details(AuditVerification result) {
        TextArea all = new TextArea(result.describe() + "\n\n" + result.checkpoints());
        all.setId("audit-problems");
        all.setEditable(false);
        all.setWrapText(true);
        all.setPrefRowCount(12);
        return all;
    }
}
