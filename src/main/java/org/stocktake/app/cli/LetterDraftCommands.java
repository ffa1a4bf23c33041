package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterComment;
import org.stocktake.letters.service.LetterVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The commands around a draft: its versions and its comments. */
final class LetterDraftCommands {

    private LetterDraftCommands() {}

    @Command(
            name = "versions",
            mixinStandardHelpOptions = true,
            description = "List a letter's saved versions, or save the letter as it stands as a new one.",
            footer = {
                "%nExamples:",
                "  stocktake letter versions 1",
                "  stocktake letter versions 1 --save \"For the panel's meeting\""
            })
    static final class VersionCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--save", paramLabel = "LABEL", description = "Save the letter as a new version first.")
        String save;

        @Option(
                names = "--format",
                defaultValue = "table",
                paramLabel = "table|csv|json",
                description = "How to print the list (default: table).")
        ListFormat format;

        private static final List<Column<LetterVersion>> COLUMNS = List.of(
                Column.of("number", "VERSION", LetterVersion::number),
                Column.of("label", "LABEL", LetterVersion::label),
                Column.of("savedBy", "SAVED BY", LetterVersion::savedBy),
                Column.of("savedAt", "SAVED", LetterVersion::savedAt));

        @Override
        public Integer call() {
            try (AppContext context = save == null ? parent.root.openForReading() : parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                if (save != null) {
                    int number = context.drafts().saveVersion(letter, save);
                    spec.commandLine().getOut().println("Saved version " + number + " of letter " + id + ".");
                }
                Output.list(
                        new Listing<>("version", COLUMNS, context.drafts().versions(id)),
                        format,
                        spec.commandLine().getOut());
                return 0;
            }
        }
    }

    @Command(
            name = "comment",
            mixinStandardHelpOptions = true,
            description = "Leave a comment on a draft, or list its comments.",
            footer = {
                "%nExamples:",
                "  stocktake letter comment 1 --text \"Name the round in the first paragraph.\"",
                "  stocktake letter comment 1 --format json"
            })
    static final class CommentCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--text", paramLabel = "TEXT", description = "The comment to leave.")
        String text;

        @Option(names = "--block", paramLabel = "BLOCK", description = "The part of the letter it is on.")
        String block;

        @Option(
                names = "--format",
                defaultValue = "table",
                paramLabel = "table|csv|json",
                description = "How to print the list (default: table).")
        ListFormat format;

        private static final List<Column<LetterComment>> COLUMNS = List.of(
                Column.of("id", "ID", LetterComment::id),
                Column.of("author", "BY", LetterComment::author),
                Column.of("created", "WHEN", c -> c.createdAt().toLocalDate()),
                Column.of("open", "OPEN", c -> c.isOpen() ? "open" : "resolved"),
                Column.of("text", "COMMENT", LetterComment::body),
                Column.dataOnly("block", LetterComment::blockId),
                Column.dataOnly("resolvedBy", LetterComment::resolvedBy));

        @Override
        public Integer call() {
            try (AppContext context = text == null ? parent.root.openForReading() : parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                PrintWriter out = spec.commandLine().getOut();
                if (text != null) {
                    LetterComment added = context.drafts().comment(letter, block, null, text);
                    out.println("Left comment " + added.id() + " on letter " + id + ".");
                    out.flush();
                    return 0;
                }
                Output.list(new Listing<>("comment", COLUMNS, context.drafts().comments(id)), format, out);
                return 0;
            }
        }
    }

    @Command(
            name = "save-template",
            mixinStandardHelpOptions = true,
            description = "Make a template of your own from a letter: its headings and text, its offices filled anew.",
            footer = {"%nExample:", "  stocktake letter save-template 1 --name \"Quarterly letter\""})
    static final class SaveTemplateCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new template's name.")
        String name;

        @Option(names = "--description", paramLabel = "TEXT", description = "What the template is for.")
        String description;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Letter letter = context.letters().letter(id);
                context.templates().fromLetter(letter, name, description == null ? "" : description);
                spec.commandLine().getOut().println("Saved the template '" + TerminalText.escape(name.strip()) + "'.");
                return 0;
            }
        }
    }

    @Command(
            name = "resolve",
            mixinStandardHelpOptions = true,
            description = "Mark a comment on a draft resolved.",
            footer = {"%nExample:", "  stocktake letter resolve 4"})
    static final class ResolveCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "COMMENT", description = "The comment's id, as letter comment lists it.")
        long comment;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                context.drafts().resolve(comment);
                spec.commandLine().getOut().println("Resolved comment " + comment + ".");
                return 0;
            }
        }
    }
}
