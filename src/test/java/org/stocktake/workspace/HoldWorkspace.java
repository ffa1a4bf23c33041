package org.stocktake.workspace;

import java.nio.file.Path;
import java.time.Clock;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.workspace.service.Workspace;

/**
 * A second process for the lock test: opens the workspace, says so, and holds it until its input closes. With a
 * second argument it first adds a recommendation, so a kill leaves a session H2 must finish on the next opening.
 */
public final class HoldWorkspace {

    private HoldWorkspace() {}

    public static void main(String[] args) throws Exception {
        try (Workspace workspace = Workspace.open(Path.of(args[0]), Clock.systemUTC())) {
            if (args.length > 1) {
                var recommendations = new RecommendationService(workspace.database(), Clock.systemUTC());
                long review = recommendations.review("kerslake-2014").id();
                recommendations.create(new RecommendationDraft(
                        review, "12", null, "Left open", null, null, null, null, null, null, false));
            }
            System.out.print("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the workspace until the test closes our input.
            }
        }
    }
}
