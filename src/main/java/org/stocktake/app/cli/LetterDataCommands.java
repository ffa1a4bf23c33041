package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.LetterDiff;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.service.Cited;
import org.stocktake.letters.service.Insertion;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterDrafting;
import org.stocktake.letters.service.LetterInsertions;
import org.stocktake.letters.service.StaleInsertion;
import org.stocktake.shared.ValidationException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Drafting from the panel's data at the command line: insert a passage or a citation, refresh, compare versions. */
final class LetterDataCommands {

    private LetterDataCommands() {}

    @Command(
            name = "insert",
            mixinStandardHelpOptions = true,
            description = "Insert a passage written from the panel's data, or cite a document of the library.",
            footer = {
                "%nExamples:",
                "  stocktake letter insert 1 --round-summary 2",
                "  stocktake letter insert 1 --changes-since 2 --after 3f2a9c1d",
                "  stocktake letter insert 1 --history kerslake-2014:5",
                "  stocktake letter insert 1 --cite 12 --in 3f2a9c1d"
            })
    static final class InsertCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @ArgGroup(multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--round-summary", paramLabel = "ROUND", description = "A round's ratings by theme.")
            Long summary;

            @Option(names = "--changes-since", paramLabel = "ROUND", description = "What moved since the round before.")
            Long changes;

            @Option(names = "--history", paramLabel = "REVIEW:NUMBER", description = "A recommendation's history.")
            String history;

            @Option(names = "--cite", paramLabel = "DOCUMENT", description = "Cite a document, by its evidence id.")
            Long cite;
        }

        @Option(names = "--note", paramLabel = "NOTE", description = "With --cite: cite this note on the document.")
        Long note;

        @Option(names = "--after", paramLabel = "PART", description = "Insert after this part (default: at the end).")
        String after;

        @Option(names = "--in", paramLabel = "PART", description = "With --cite: the part that cites it.")
        String in;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                LetterDrafting drafting = context.drafting();
                LetterDocument changed;
                if (what.cite != null) {
                    if (in == null) {
                        throw new ValidationException("Name the part that cites the document: add --in PART"
                                + " (`stocktake letter show " + id + " --parts` lists them).");
                    }
                    Cited cited = drafting.cite(what.cite, note);
                    changed = LetterInsertions.cite(letter.document(), in, cited);
                } else {
                    changed = LetterInsertions.after(
                            letter.document(), after, passage(context, drafting).blocks());
                }
                context.letters().save(letter, letter.title(), changed);
                spec.commandLine().getOut().println("Inserted into letter " + id + ".");
                return 0;
            }
        }

        private Insertion passage(AppContext context, LetterDrafting drafting) {
            if (what.history != null) {
                long recommendation = RecommendationChoice.id(what.history, context.recommendations());
                return drafting.recommendationHistory(context.recommendations().recommendations(null).stream()
                        .filter(r -> r.id() == recommendation)
                        .findFirst()
                        .orElseThrow()
                        .uuid());
            }
            long round = what.summary != null ? what.summary : what.changes;
            long review = context.assessments().round(round).reviewId();
            return what.summary != null ? drafting.roundSummary(review, round) : drafting.changesSince(review, round);
        }
    }

    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            description = "Re-write the passages inserted from data that has changed since, or list them with --list.",
            footer = {"%nExamples:", "  stocktake letter refresh 1 --list", "  stocktake letter refresh 1"})
    static final class RefreshCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--list", description = "Only list the passages out of date.")
        boolean list;

        @Override
        public Integer call() {
            try (AppContext context = list ? parent.root.openForReading() : parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                LetterDrafting drafting = context.drafting();
                List<StaleInsertion> stale = drafting.staleBlocks(letter.document());
                PrintWriter out = spec.commandLine().getOut();
                if (stale.isEmpty()) {
                    out.println("Every passage inserted from data is up to date.");
                } else if (list) {
                    stale.forEach(s -> out.println(TerminalText.escape(
                            s.blockIds().get(0) + ": " + s.origin().source() + ": " + s.reason())));
                } else {
                    LetterDocument refreshed = letter.document();
                    for (StaleInsertion passage : stale) {
                        refreshed =
                                drafting.refresh(refreshed, passage.blockIds().get(0));
                    }
                    context.letters().save(letter, letter.title(), refreshed);
                    out.println("Refreshed " + Plural.count(stale.size(), "passage") + ".");
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = "Show what changed between two saved versions of a letter, or a version and the letter now.",
            footer = {"%nExamples:", "  stocktake letter diff 1 1 2", "  stocktake letter diff 1 1"})
    static final class DiffCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Parameters(index = "1", paramLabel = "FROM", description = "The earlier version's number.")
        int from;

        @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "The later one (default: now).")
        Integer to;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                Letter letter = context.letters().letter(id);
                LetterDocument older = context.drafts().version(id, from).document();
                LetterDocument newer = to == null
                        ? letter.document()
                        : context.drafts().version(id, to).document();
                LetterDiff diff = LetterDiff.between(older, newer);
                spec.commandLine()
                        .getOut()
                        .print(TerminalText.escapeKeepingLines(diff.isEmpty() ? "No difference.\n" : diff.toString()));
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
