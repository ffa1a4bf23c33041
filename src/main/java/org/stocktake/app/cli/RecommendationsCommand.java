package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.ExportFormat;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.Review;
import org.stocktake.shared.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake recommendations list|import|export}. */
@Command(
        name = "recommendations",
        mixinStandardHelpOptions = true,
        description = "List, import and export reviews' recommendations.",
        footer = {"%nExample:", "  stocktake recommendations list --review kerslake-2014 --format csv"},
        subcommands = {
            RecommendationsCommand.ListCommand.class,
            RecommendationsCommand.ImportCommand.class,
            RecommendationsCommand.ExportCommand.class
        })
public final class RecommendationsCommand {

    @ParentCommand
    StocktakeCommand root;

    static final List<Column<Recommendation>> COLUMNS = List.of(
            Column.of("review", "REVIEW", Recommendation::reviewCode),
            Column.of("number", "NO.", Recommendation::number),
            Column.of("theme", "THEME", Recommendation::theme),
            Column.of("title", "TITLE", Recommendation::title),
            Column.of("owner", "OWNER", Recommendation::owner),
            Column.dataOnly("priority", Recommendation::priority),
            Column.dataOnly("milestone", Recommendation::milestone),
            Column.dataOnly("uuid", Recommendation::uuid));

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the live recommendations.",
            footer = {
                "%nExamples:",
                "  stocktake recommendations list",
                "  stocktake recommendations list --review kerslake-2014 --format json"
            })
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Option(names = "--review", paramLabel = "CODE", description = "Only this review (its short code).")
        String review;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                Long reviewId = review == null
                        ? null
                        : ReviewChoice.named(review, context.recommendations().reviews())
                                .id();
                List<Recommendation> rows = context.recommendations().recommendations(reviewId);
                output.print(new Listing<>("recommendation", COLUMNS, rows));
                return 0;
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Import a review's recommendations from a CSV or JSON file. Nothing is written if any line is wrong.",
                "With --from-evidence, the numbered recommendations found in a review in the library are imported"
                        + " instead, each linked to the page it comes from."
            },
            footer = {
                "%nExamples:",
                "  stocktake recommendations import extra.csv --review kerslake-2014",
                "  stocktake recommendations import ofsted.csv --review ofsted-2016 --title \"Ofsted inspection\"",
                "  stocktake recommendations import kerslake.json",
                "  stocktake recommendations import --from-evidence 12 --review kerslake-2014 --title \"Kerslake"
                        + " review\""
            })
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "A .csv or .json file.")
        Path file;

        @Option(
                names = "--from-evidence",
                paramLabel = "ID",
                description = "A review in the library (its id, as evidence list shows it) to find the"
                        + " recommendations in, instead of a file.")
        Long fromEvidence;

        @Option(
                names = "--review",
                paramLabel = "CODE",
                description = "The review to import into (required for CSV; a JSON file names its own).")
        String review;

        @Option(names = "--title", description = "Creates the review CODE with this title; it must not exist yet.")
        String title;

        @Override
        public Integer call() {
            if ((file == null) == (fromEvidence == null)) {
                throw new ParameterException(
                        spec.commandLine(),
                        file == null
                                ? "Name the file to import, or give --from-evidence ID for a review in the library."
                                : "Import either FILE or --from-evidence ID, not both.");
            }
            if (review == null && title != null) {
                throw new ValidationException(
                        "--title names a new review: add --review CODE to give it its short code.");
            }
            if (fromEvidence != null) {
                return ProposedImportRun.run(parent.root, spec, fromEvidence, review, title);
            }
            ReadableFile.check(file);
            try (AppContext context = parent.root.openContext()) {
                boolean csv = ExportFormat.forFileName(String.valueOf(file.getFileName()))
                                .orElse(null)
                        == ExportFormat.CSV;
                if (review == null && csv) {
                    throw new ValidationException("A CSV file does not say which review it belongs to. "
                            + chooseReview(context.recommendations().reviews()));
                }
                ImportTarget target = review == null ? null : new ImportTarget(review, title);
                ImportPreview preview = context.importer().preview(file, target);
                if (!preview.isClean()) {
                    reportProblems(preview, context.recommendations().reviews());
                    return StocktakeCommand.USER_ERROR;
                }
                ImportResult result = context.importer().apply(preview);
                spec.commandLine()
                        .getOut()
                        .println("Imported " + Plural.count(result.added(), "recommendation") + " into "
                                + TerminalText.escape(result.review().code()) + " ("
                                + TerminalText.escape(result.review().title()) + ").");
                return 0;
            }
        }

        private void reportProblems(ImportPreview preview, List<Review> reviews) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("stocktake: nothing imported; " + TerminalText.escape(String.valueOf(file.getFileName()))
                    + " has " + Plural.count(preview.problems().size(), "problem") + ":");
            for (ImportProblem problem : preview.problems()) {
                err.println("  " + TerminalText.escape(problem.message()));
            }
            if (preview.review() == null) {
                err.println(chooseReview(reviews));
            }
            err.flush();
        }

        /** What to type to say where the rows go, naming the reviews there are. */
        static String chooseReview(List<Review> reviews) {
            String existing = reviews.isEmpty()
                    ? "there are none yet"
                    : "the reviews are "
                            + reviews.stream()
                                    .map(r -> TerminalText.escape(r.code()))
                                    .collect(Collectors.joining(", "));
            return "Add --review CODE to import into an existing review (" + existing
                    + "), or --review CODE --title \"Title\" to create a new one.";
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Export a review's recommendations as CSV or JSON, in the format import reads: to FILE when one is"
                        + " named, else to standard output.",
                "The format is --format, else FILE's extension, else CSV."
            },
            footer = {
                "%nExamples:",
                "  stocktake recommendations export kerslake.csv --review kerslake-2014",
                "  stocktake recommendations export --format json > kerslake.json"
            })
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(
                paramLabel = "FILE",
                arity = "0..1",
                description = "The file to write (.csv or .json); standard output when left out.")
        Path file;

        @Option(names = "--review", paramLabel = "CODE", description = "The review (needed when there are several).")
        String review;

        @Option(names = "--format", paramLabel = "csv|json", description = "The format (default: by FILE's name).")
        ExportFormat format;

        @Override
        public Integer call() {
            ExportFormat chosen = Output.exportFormat(format, file);
            try (AppContext context = parent.root.openForReading()) {
                Review exported = review != null
                        ? ReviewChoice.named(review, context.recommendations().reviews())
                        : ReviewChoice.only(context.recommendations().reviews());
                PrintWriter out = spec.commandLine().getOut();
                Output.export(file, out, writer -> context.exporter().export(exported.code(), chosen, writer));
                if (file != null) {
                    int count = context.recommendations()
                            .recommendations(exported.id())
                            .size();
                    out.println("Exported " + Plural.count(count, "recommendation") + " of "
                            + TerminalText.escape(exported.code()) + " to " + file + ".");
                    out.flush();
                }
                return 0;
            }
        }
    }
}
