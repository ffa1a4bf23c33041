package org.stocktake.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.recommendations.service.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake rounds list}: the assessment rounds, with the number each command takes as {@code --round}. */
@Command(
        name = "rounds",
        mixinStandardHelpOptions = true,
        description = "Assessment rounds.",
        footer = {"%nExamples:", "  stocktake rounds list --review kerslake-2014", "  stocktake rounds finalise 3"},
        subcommands = {RoundsCommand.ListCommand.class, RoundsCommand.FinaliseCommand.class})
public final class RoundsCommand {

    @ParentCommand
    StocktakeCommand root;

    /** A round as listed: with its review and how many of its assessments have a rating. */
    record Row(AssessmentRound round, Review review, long rated, int assessments) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.of("round", "ROUND", row -> row.round().id()),
            Column.of("review", "REVIEW", row -> row.review().code()),
            Column.of("date", "DATE", row -> row.round().heldOn()),
            Column.of("status", "STATUS", row -> row.round().isFinal() ? "final" : "draft"),
            Column.tableOnly("ASSESSED", row -> row.rated() + "/" + row.assessments()),
            Column.dataOnly("rated", Row::rated),
            Column.dataOnly("assessments", Row::assessments),
            Column.of("title", "TITLE", row -> row.round().title()));

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the rounds, oldest first, with the number --round takes.",
            footer = {"%nExamples:", "  stocktake rounds list", "  stocktake rounds list --format json"})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        RoundsCommand parent;

        @Option(names = "--review", paramLabel = "CODE", description = "Only this review's rounds.")
        String review;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                List<Review> reviews = review == null
                        ? context.recommendations().reviews()
                        : List.of(ReviewChoice.named(
                                review, context.recommendations().reviews()));
                List<Row> rows = new ArrayList<>();
                for (Review r : reviews) {
                    for (AssessmentRound round : context.assessments().rounds(r.id())) {
                        List<Assessment> assessments = context.assessments().assessments(round.id());
                        // A rating carried forward from the last round is not yet an assessment in this one.
                        long rated = assessments.stream()
                                .filter(Assessment::isAssessed)
                                .count();
                        rows.add(new Row(round, r, rated, assessments.size()));
                    }
                }
                output.print(new Listing<>("round", COLUMNS, rows));
                return 0;
            }
        }
    }

    @Command(
            name = "finalise",
            mixinStandardHelpOptions = true,
            description = "Finalise a draft round: its assessments can then change only by correction.",
            footer = {"%nExample:", "  stocktake rounds finalise 3"})
    static final class FinaliseCommand implements Callable<Integer> {
        @ParentCommand
        RoundsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ROUND", description = "The round's number, as rounds list shows it.")
        long round;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AssessmentRound finalised = context.assessments().finalise(round);
                spec.commandLine()
                        .getOut()
                        .println("Finalised round " + finalised.id() + " ('" + TerminalText.escape(finalised.title())
                                + "').");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
