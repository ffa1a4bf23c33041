package org.stocktake.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.CitedEvidence;
import org.stocktake.recommendations.service.ExportFormat;
import org.stocktake.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake assessments export --round R [FILE]}: one round's assessments as CSV or JSON; citing evidence in
 * them, and proposing ratings and deciding the proposals.
 */
@Command(
        name = "assessments",
        mixinStandardHelpOptions = true,
        description = "Assessments of recommendations.",
        footer = {"%nExample:", "  stocktake assessments export --round 2 round-2.csv"},
        subcommands = {
            AssessmentsCommand.ExportCommand.class,
            CiteCommand.class,
            ProposalCommands.Propose.class,
            ProposalCommands.ListProposals.class,
            ProposalCommands.Accept.class,
            ProposalCommands.Dismiss.class
        })
public final class AssessmentsCommand {

    @ParentCommand
    StocktakeCommand root;

    /** An assessment as exported: with the round it belongs to. */
    record Row(AssessmentRound round, Assessment assessment, List<CitedEvidence> cited) {}

    static final List<Column<Row>> COLUMNS = List.of(
            Column.of("round", "ROUND", row -> row.round().title()),
            Column.of("round_date", "DATE", row -> row.round().heldOn()),
            Column.of("round_status", "STATUS", row -> row.round().isFinal() ? "final" : "draft"),
            Column.of("number", "NO.", row -> row.assessment().number()),
            Column.of("title", "TITLE", row -> row.assessment().title()),
            Column.of("theme", "THEME", row -> row.assessment().theme()),
            Column.of("level_code", "CODE", row -> level(row.assessment(), true)),
            Column.of("level", "LEVEL", row -> level(row.assessment(), false)),
            Column.of(
                    "direction",
                    "DIRECTION",
                    row -> row.assessment().direction() == null
                            ? null
                            : row.assessment().direction().label()),
            Column.of("commentary", "COMMENTARY", row -> row.assessment().commentary()),
            Column.of("assessor", "ASSESSOR", row -> row.assessment().assessor()),
            Column.of("assessed_at", "ASSESSED", row -> row.assessment().assessedAt()),
            Column.of("corrected", "CORRECTED", row -> row.assessment().corrected()));

    /** The columns for a format: JSON gives each citation as an object, CSV as one line of labels. */
    static List<Column<Row>> columns(ExportFormat format) {
        List<Column<Row>> columns = new java.util.ArrayList<>(COLUMNS);
        columns.add(Column.dataOnly(
                "citations",
                row -> format == ExportFormat.JSON
                        ? CitationFields.of(row.cited())
                        : CitationFields.line(row.cited())));
        return columns;
    }

    private static String level(Assessment a, boolean code) {
        if (a.level() == null) {
            return null;
        }
        return code ? a.level().code() : a.level().label();
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Export a round's assessments as CSV or JSON: to FILE when one is named, else to standard output.",
                "The format is --format, else FILE's extension, else CSV."
            },
            footer = {
                "%nExamples:",
                "  stocktake assessments export --round 2",
                "  stocktake assessments export --round 3 march.json"
            })
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--round",
                required = true,
                paramLabel = "R",
                description = "The round's number (see rounds list).")
        long round;

        @Parameters(
                paramLabel = "FILE",
                arity = "0..1",
                description = "The file to write (.csv or .json); standard output when left out.")
        Path file;

        @Option(names = "--format", paramLabel = "csv|json", description = "The format (default: by FILE's name).")
        ExportFormat format;

        @Override
        public Integer call() {
            ExportFormat chosen = Output.exportFormat(format, file);
            try (AppContext context = parent.root.openForReading()) {
                AssessmentRound exported = existingRound(context, round);
                List<Row> rows = context.assessments().assessments(round).stream()
                        .map(a -> new Row(exported, a, context.citations().of(round, a.recommendationUuid())))
                        .toList();
                Output.export(
                        new Listing<>("assessment", columns(chosen), rows),
                        chosen,
                        file,
                        spec.commandLine().getOut());
                if (file != null) {
                    spec.commandLine()
                            .getOut()
                            .println("Exported " + Plural.count(rows.size(), "assessment") + " of round " + round
                                    + " to " + file + ".");
                    spec.commandLine().getOut().flush();
                }
                return 0;
            }
        }
    }

    /** @throws NotFoundException naming the rounds there are, when there is no round {@code number} */
    static AssessmentRound existingRound(AppContext context, long number) {
        List<AssessmentRound> rounds = context.assessments().allRounds();
        for (AssessmentRound candidate : rounds) {
            if (candidate.id() == number) {
                return candidate;
            }
        }
        if (rounds.isEmpty()) {
            throw new NotFoundException("There is no round " + number + "; the workspace has no rounds yet.");
        }
        throw new NotFoundException("There is no round " + number + ". Rounds: "
                + rounds.stream()
                        .map(r -> r.id() + " (" + TerminalText.escape(r.title()) + ", " + r.heldOn() + ")")
                        .collect(Collectors.joining(", "))
                + ".");
    }
}
