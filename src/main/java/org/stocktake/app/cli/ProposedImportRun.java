package org.stocktake.app.cli;

import java.io.PrintWriter;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.recommendations.service.ProposedImport;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recommendations import --from-evidence ID}: the recommendations found in a review in the library, checked
 * as a file's rows are and imported as found, each linked to its page. A person corrects proposals in the window; here
 * they go in as found, or not at all.
 */
final class ProposedImportRun {

    private ProposedImportRun() {}

    static int run(StocktakeCommand root, CommandSpec spec, long documentId, String review, String title) {
        try (AppContext context = root.openContext()) {
            ProposedImport proposed = new ProposedImport(context.importer(), context.evidence());
            ProposedImport.Proposal proposal = proposed.propose(documentId);
            ImportTarget target = review == null ? null : new ImportTarget(review, title);
            ImportPreview preview = proposed.preview(proposal, proposal.rows(), target);
            String document = TerminalText.escape(proposal.document().title());
            if (!preview.isClean()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("stocktake: nothing imported; the recommendations found in '" + document + "' have "
                        + Plural.count(preview.problems().size(), "problem") + ":");
                for (ImportProblem problem : preview.problems()) {
                    err.println("  " + TerminalText.escape(problem.message()));
                }
                if (preview.review() == null) {
                    err.println(RecommendationsCommand.ImportCommand.chooseReview(
                            context.recommendations().reviews()));
                }
                err.flush();
                return StocktakeCommand.USER_ERROR;
            }
            ImportResult result = proposed.apply(proposal, preview);
            spec.commandLine()
                    .getOut()
                    .println("Imported " + Plural.count(result.added(), "recommendation") + " into "
                            + TerminalText.escape(result.review().code()) + " ("
                            + TerminalText.escape(result.review().title()) + ") from '" + document
                            + "', each linked to its page.");
            return 0;
        }
    }
}
