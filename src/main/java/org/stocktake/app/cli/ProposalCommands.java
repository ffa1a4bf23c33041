package org.stocktake.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.ProposedRating;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Proposed ratings at the command line: an advisor proposes, anyone lists, a member accepts or dismisses. Each names
 * the round by the number {@code rounds list} shows.
 */
final class ProposalCommands {

    private ProposalCommands() {}

    static final List<Column<ProposedRating>> COLUMNS = List.of(
            Column.of("proposal", "ID", ProposedRating::id),
            Column.of("number", "NO.", ProposedRating::number),
            Column.of(
                    "level_code",
                    "CODE",
                    p -> p.level() == null ? null : p.level().code()),
            Column.dataOnly("level", p -> p.level() == null ? null : p.level().label()),
            Column.of("status", "STATUS", p -> p.proposal().status().label()),
            Column.of("proposed_by", "BY", p -> p.proposal().proposedBy()),
            Column.of("proposed_at", "PROPOSED", p -> p.proposal().proposedAt()),
            Column.dataOnly("decided_by", p -> p.proposal().decidedBy()),
            Column.dataOnly("decided_at", p -> p.proposal().decidedAt()),
            Column.of("commentary", "COMMENTARY", p -> p.proposal().commentary()));

    @Command(
            name = "propose",
            mixinStandardHelpOptions = true,
            description = "Propose a rating (and a short commentary) for a recommendation in a draft round; a member"
                    + " accepts or dismisses it.",
            footer = {
                "%nExamples:",
                "  stocktake assessments propose 3 5 --rating G",
                "  stocktake assessments propose 3 5 --rating S --commentary \"The budget plan is not yet credible.\""
            })
    static final class Propose implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The round's number, as rounds list shows it.")
        long round;

        @Parameters(index = "1", paramLabel = "NUMBER", description = "The recommendation's number in its review.")
        String number;

        @Option(
                names = "--rating",
                required = true,
                paramLabel = "R",
                description = "A level of the review's scale, by its code (as assessments export shows it).")
        String rating;

        @Option(names = "--commentary", paramLabel = "TEXT", description = "Why, in at most 2,000 characters.")
        String commentary;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AssessmentRound proposedIn = AssessmentsCommand.existingRound(context, round);
                Recommendation recommendation =
                        context.recommendations().recommendations(proposedIn.reviewId()).stream()
                                .filter(r -> r.number().equalsIgnoreCase(number.strip()))
                                .findFirst()
                                .orElseThrow(() -> new NotFoundException("The round's review has no recommendation "
                                        + TerminalText.escape(number) + "."));
                ProposedRating proposed = context.assessments()
                        .proposals()
                        .propose(proposedIn.id(), recommendation.uuid(), rating, commentary);
                spec.commandLine()
                        .getOut()
                        .println("Proposal " + proposed.id() + ": "
                                + TerminalText.escape(proposed.level().label())
                                + " for recommendation " + TerminalText.escape(proposed.number()) + " in '"
                                + TerminalText.escape(proposedIn.title()) + "'.");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(
            name = "proposals",
            mixinStandardHelpOptions = true,
            description = "List a round's proposed ratings, open and decided, by recommendation.",
            footer = {
                "%nExamples:",
                "  stocktake assessments proposals 3",
                "  stocktake assessments proposals 3 --format csv"
            })
    static final class ListProposals implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Parameters(paramLabel = "ROUND", description = "The round's number, as rounds list shows it.")
        long round;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                AssessmentRound listed = AssessmentsCommand.existingRound(context, round);
                output.print(new Listing<>(
                        "proposal", COLUMNS, context.assessments().proposals().ofRound(listed.id())));
                return 0;
            }
        }
    }

    @Command(
            name = "accept",
            mixinStandardHelpOptions = true,
            description = "Accept a proposed rating: it becomes the recommendation's rating in the round, as yours.",
            footer = {"%nExample:", "  stocktake assessments accept 3 12"})
    static final class Accept implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The round's number, as rounds list shows it.")
        long round;

        @Parameters(index = "1", paramLabel = "PROPOSAL_ID", description = "The proposal, as proposals lists it.")
        long proposal;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AssessmentRound in = inRound(context, round, proposal);
                Assessment accepted = context.assessments().proposals().accept(proposal);
                spec.commandLine()
                        .getOut()
                        .println("Accepted proposal " + proposal + ": recommendation "
                                + TerminalText.escape(accepted.number()) + " is rated "
                                + TerminalText.escape(accepted.level().label()) + " in '"
                                + TerminalText.escape(in.title()) + "'.");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    @Command(
            name = "dismiss",
            mixinStandardHelpOptions = true,
            description = "Dismiss a proposed rating: it stays on record, marked dismissed, and changes no rating.",
            footer = {"%nExample:", "  stocktake assessments dismiss 3 12"})
    static final class Dismiss implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ROUND", description = "The round's number, as rounds list shows it.")
        long round;

        @Parameters(index = "1", paramLabel = "PROPOSAL_ID", description = "The proposal, as proposals lists it.")
        long proposal;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                inRound(context, round, proposal);
                ProposedRating dismissed = context.assessments().proposals().dismiss(proposal);
                spec.commandLine()
                        .getOut()
                        .println("Dismissed proposal " + proposal + " for recommendation "
                                + TerminalText.escape(dismissed.number()) + ".");
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }

    /** @throws NotFoundException when there is no such round, or the proposal is not one of its proposals */
    private static AssessmentRound inRound(AppContext context, long round, long proposal) {
        AssessmentRound in = AssessmentsCommand.existingRound(context, round);
        ProposedRating found = context.assessments().proposals().proposal(proposal);
        if (found.proposal().roundId() != in.id()) {
            throw new NotFoundException("Proposal " + proposal + " is not in round " + round + " but in round "
                    + found.proposal().roundId() + "; see assessments proposals " + round + ".");
        }
        return in;
    }
}
