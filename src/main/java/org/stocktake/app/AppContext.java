package org.stocktake.app;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.DashboardService;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.demo.DemoWorkspace;
import org.stocktake.panel.service.PanelService;
import org.stocktake.recommendations.service.RecommendationExporter;
import org.stocktake.recommendations.service.RecommendationImporter;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Actor;
import org.stocktake.workspace.service.Workspace;

/**
 * The composition root: one open workspace and the services over it, built with plain constructors. The window and
 * the command line both start here, so they always share the same services.
 */
public final class AppContext implements AutoCloseable {

    private final Workspace workspace;
    private final RecommendationService recommendations;
    private final PanelService panel;
    private final AuditTrail audit;
    private final ScaleService scales;
    private final AssessmentService assessments;

    private AppContext(Workspace workspace, Clock clock, Actor actor) {
        this.workspace = workspace;
        this.audit = new AuditTrail(workspace.database(), clock, () -> actor);
        this.recommendations = new RecommendationService(workspace.database(), clock, audit);
        this.panel = new PanelService(workspace.database(), clock);
        this.scales = new ScaleService(workspace.database(), clock, audit);
        this.assessments = new AssessmentService(workspace.database(), clock, audit, recommendations, scales);
    }

    /**
     * Opens the workspace in {@code folder}; a workspace opened for the first time is filled with the demo.
     *
     * @throws org.stocktake.shared.WorkspaceInUseException if another process holds the workspace
     */
    public static AppContext open(Path folder, Clock clock) {
        return open(folder, clock, Actor.fromEnvironment());
    }

    /** As {@link #open(Path, Clock)}, with changes recorded as made by {@code actor}. */
    public static AppContext open(Path folder, Clock clock, Actor actor) {
        Logging.toWorkspace(folder);
        Workspace workspace = Workspace.open(folder, clock);
        AppContext context = new AppContext(workspace, clock, actor);
        try {
            context.scales.ensureBuiltIns();
            if (workspace.isNew()) {
                new DemoWorkspace(workspace, context.panel, context.recommendations).seed();
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public RecommendationService recommendations() {
        return recommendations;
    }

    public RecommendationImporter importer() {
        return new RecommendationImporter(recommendations);
    }

    public RecommendationExporter exporter() {
        return new RecommendationExporter(recommendations);
    }

    public ScaleService scales() {
        return scales;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    public DashboardService dashboards() {
        return new DashboardService(assessments, scales);
    }

    public AuditTrail audit() {
        return audit;
    }

    public PanelService panel() {
        return panel;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
