package org.stocktake.app.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.shared.task.TaskRunner;

/** Checks the audit trail in the background and tells the user plainly when it is broken. */
final class AuditCheck {

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
                error -> status.setText("The audit trail could not be checked: " + error.getMessage()));
    }

    /** On request: always reports the outcome. */
    void now(Window owner) {
        tasks.run(
                "Verifying the audit trail",
                progress -> audit.verify(),
                result -> {
                    if (result.intact()) {
                        Alert alert = new Alert(Alert.AlertType.INFORMATION, result.describe());
                        alert.initOwner(owner);
                        alert.setHeaderText("Audit trail verified");
                        alert.showAndWait();
                    } else {
                        warn(owner, result);
                    }
                },
                error -> status.setText("The audit trail could not be checked: " + error.getMessage()));
    }

    private void warn(Window owner, AuditVerification result) {
        Label badge = new Label("Audit trail broken at entry " + result.brokenAt());
        badge.setId("audit-broken");
        badge.getStyleClass().add("danger");
        status.getLeftItems().setAll(badge);
        Alert alert = new Alert(
                Alert.AlertType.WARNING,
                result.describe()
                        + "\n\nSomething changed the workspace's records outside Stocktake. Your data is still there, but the"
                        + " record of who changed what can no longer be relied on from that entry on. Keep a copy of this"
                        + " workspace folder before making further changes.");
        alert.initOwner(owner);
        alert.setHeaderText("The audit trail is broken");
        alert.show();
    }
}
