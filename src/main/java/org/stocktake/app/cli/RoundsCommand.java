package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.recommendations.service.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake rounds list}: the assessment rounds, with the number each command takes as {@code --round}. */
@Command(
        name = "rounds",
        mixinStandardHelpOptions = true,
        description = "Assessment rounds.",
        subcommands = {RoundsCommand.ListCommand.class})
public final class RoundsCommand {

    @ParentCommand
    StocktakeCommand root;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rounds, oldest first.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        RoundsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--review", paramLabel = "CODE", description = "Only this review's rounds.")
        String review;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                PrintWriter out = spec.commandLine().getOut();
                List<Review> reviews = review == null
                        ? context.recommendations().reviews()
                        : List.of(context.recommendations().review(review));
                out.printf("%-6s %-16s %-11s %-6s %-9s %s%n", "ROUND", "REVIEW", "DATE", "STATUS", "ASSESSED", "TITLE");
                int count = 0;
                for (Review r : reviews) {
                    for (AssessmentRound round : context.assessments().rounds(r.id())) {
                        List<Assessment> rows = context.assessments().assessments(round.id());
                        long rated = rows.stream().filter(Assessment::isRated).count();
                        out.printf(
                                "%-6d %-16s %-11s %-6s %-9s %s%n",
                                round.id(),
                                r.code(),
                                round.heldOn(),
                                round.isFinal() ? "final" : "draft",
                                rated + "/" + rows.size(),
                                round.title());
                        count++;
                    }
                }
                out.println(count + " round(s)");
                out.flush();
                return 0;
            }
        }
    }
}
