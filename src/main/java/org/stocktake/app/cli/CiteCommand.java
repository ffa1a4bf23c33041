package org.stocktake.app.cli;

import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Citation;
import org.stocktake.assessments.service.CitationLabel;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake assessments cite}: an assessment's commentary cites a document of the library at a page. */
@Command(
        name = "cite",
        mixinStandardHelpOptions = true,
        description = "Cite a document of the library (at a page, or one of its notes) in an assessment of a draft"
                + " round; or remove a citation with --remove.",
        footer = {
            "%nExamples:",
            "  stocktake assessments cite --round 3 --number 5 --evidence 12 --page 4",
            "  stocktake assessments cite --round 3 --number 5 --evidence 12 --note 3",
            "  stocktake assessments cite --remove 7"
        })
final class CiteCommand implements Callable<Integer> {

    @ParentCommand
    AssessmentsCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--round", paramLabel = "R", description = "The round's number (see rounds list).")
    Long round;

    @Option(names = "--number", paramLabel = "K", description = "The recommendation's number in the round's review.")
    String number;

    @Option(names = "--evidence", paramLabel = "ID", description = "The document's id (see evidence list).")
    Long evidence;

    @Option(names = "--page", paramLabel = "P", description = "The page cited; the whole document when left out.")
    Integer page;

    @Option(names = "--note", paramLabel = "NOTE", description = "Cite this note of the document (see evidence show).")
    Long note;

    @Option(names = "--remove", paramLabel = "CITATION", description = "Remove this citation (see assessments export).")
    Long remove;

    @Override
    public Integer call() {
        try (AppContext context = parent.root.openContext()) {
            if (remove != null) {
                context.citations().remove(remove);
                spec.commandLine().getOut().println("Removed citation " + remove + ".");
                spec.commandLine().getOut().flush();
                return 0;
            }
            if (round == null || number == null || evidence == null) {
                throw new org.stocktake.shared.ValidationException(
                        "Name the assessment and the document: --round R --number K --evidence ID.");
            }
            AssessmentRound cited = AssessmentsCommand.existingRound(context, round);
            Recommendation recommendation = context.recommendations().recommendations(cited.reviewId()).stream()
                    .filter(r -> r.number().equalsIgnoreCase(number.strip()))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            "The round's review has no recommendation " + TerminalText.escape(number) + "."));
            Citation citation = context.citations().cite(cited.id(), recommendation.uuid(), evidence, page, note);
            spec.commandLine()
                    .getOut()
                    .println("Citation " + citation.id() + ": recommendation " + recommendation.number() + " in '"
                            + TerminalText.escape(cited.title()) + "' cites "
                            + TerminalText.escape(
                                    CitationLabel.of(context.evidence().item(evidence), citation.page()))
                            + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
