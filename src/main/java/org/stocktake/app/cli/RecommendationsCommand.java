package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.recommendations.service.ImportPreview;
import org.stocktake.recommendations.service.ImportProblem;
import org.stocktake.recommendations.service.ImportResult;
import org.stocktake.recommendations.service.ImportTarget;
import org.stocktake.recommendations.service.Recommendation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake recommendations list|import|export}. */
@Command(
        name = "recommendations",
        mixinStandardHelpOptions = true,
        description = "List, import and export reviews' recommendations.",
        subcommands = {
            RecommendationsCommand.ListCommand.class,
            RecommendationsCommand.ImportCommand.class,
            RecommendationsCommand.ExportCommand.class
        })
public final class RecommendationsCommand {

    @ParentCommand
    StocktakeCommand root;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the live recommendations.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--review", paramLabel = "CODE", description = "Only this review (its short code).")
        String review;

        @Option(
                names = "--format",
                defaultValue = "table",
                description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        ListFormat format;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Long reviewId = review == null
                        ? null
                        : context.recommendations().review(review).id();
                List<Recommendation> rows = context.recommendations().recommendations(reviewId);
                PrintWriter out = spec.commandLine().getOut();
                format.write(rows, out);
                out.flush();
                return 0;
            }
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description =
                    "Import a review's recommendations from a CSV or JSON file. Nothing is written if any line is wrong.")
    static final class ImportCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A .csv or .json file.")
        Path file;

        @Option(names = "--review", paramLabel = "CODE", description = "The review to import into (required for CSV).")
        String review;

        @Option(names = "--title", description = "Creates the review CODE with this title when it does not exist.")
        String title;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                ImportTarget target = review == null ? null : new ImportTarget(review, title);
                ImportPreview preview = context.importer().preview(file, target);
                if (!preview.isClean()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("stocktake: nothing imported; " + file.getFileName() + " has "
                            + preview.problems().size() + " problem(s):");
                    for (ImportProblem problem : preview.problems()) {
                        err.println("  " + problem.message());
                    }
                    return StocktakeCommand.USER_ERROR;
                }
                ImportResult result = context.importer().apply(preview);
                spec.commandLine()
                        .getOut()
                        .println("Imported " + result.added() + " recommendation(s) into "
                                + result.review().code() + " ("
                                + result.review().title() + ").");
                return 0;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Export a review's recommendations to a CSV or JSON file (by its extension).")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        RecommendationsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The file to write: .csv or .json.")
        Path file;

        @Option(names = "--review", paramLabel = "CODE", description = "The review (needed when there are several).")
        String review;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                String code = review != null
                        ? review
                        : ReviewChoice.only(context.recommendations().reviews());
                context.exporter().export(code, file);
                spec.commandLine().getOut().println("Exported " + code + " to " + file + ".");
                return 0;
            }
        }
    }
}
