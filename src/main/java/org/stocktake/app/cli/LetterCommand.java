package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.Letter;
import org.stocktake.letters.service.LetterComment;
import org.stocktake.letters.service.LetterTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake letter ...}: the panel's letters, from a template to a signed PDF. */
@Command(
        name = "letter",
        mixinStandardHelpOptions = true,
        description = "The panel's letters: start one from a template, read it, list its versions and comments.",
        footer = {"%nExample:", "  stocktake letter new --template \"Joint letter with the council\" --date 2018-03-08"
        },
        subcommands = {
            LetterCommand.ListCommand.class,
            LetterCommand.ShowCommand.class,
            LetterCommand.NewCommand.class,
            LetterCommand.TemplatesCommand.class,
            LetterTemplateCommands.class,
            LetterDraftCommands.VersionCommand.class,
            LetterDraftCommands.CommentCommand.class,
            LetterDraftCommands.ResolveCommand.class,
            LetterDraftCommands.SaveTemplateCommand.class,
            LetterPdfCommands.ExportCommand.class,
            LetterPdfCommands.CheckCommand.class,
            LetterPdfCommands.IssueCommand.class,
            LetterPdfCommands.PublishCommand.class,
            LetterDataCommands.InsertCommand.class,
            LetterDataCommands.RefreshCommand.class,
            LetterDataCommands.DiffCommand.class
        })
public final class LetterCommand {

    @ParentCommand
    StocktakeCommand root;

    KeystorePassword passwords = KeystorePassword.fromEnvironmentOrConsole();

    static final List<Column<Letter>> COLUMNS = List.of(
            Column.of("id", "ID", Letter::id),
            Column.of("date", "DATE", letter -> letter.document().date()),
            Column.of("title", "TITLE", Letter::title),
            Column.of("to", "TO", letter -> letter.document().addressee().name()),
            Column.of(
                    "signatories",
                    "SIGNED BY",
                    letter -> String.join(
                            " and ",
                            letter.document().signatories().stream()
                                    .map(s -> s.name())
                                    .toList())),
            Column.of("status", "STATUS", letter -> letter.status().label()),
            Column.of("updated", "CHANGED", letter -> letter.updatedAt().toLocalDate()),
            Column.dataOnly("template", Letter::templateName),
            Column.dataOnly("revision", Letter::revision),
            Column.dataOnly("uuid", Letter::uuid));

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the letters, most recently changed first.",
            footer = {"%nExamples:", "  stocktake letter list", "  stocktake letter list --format json"})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                output.print(new Listing<>("letter", COLUMNS, context.letters().letters()));
                return 0;
            }
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a letter as text, with its open comments.",
            footer = {"%nExample:", "  stocktake letter show 1"})
    static final class ShowCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The letter's id, as letter list shows it.")
        long id;

        @Option(names = "--parts", description = "List the body's parts with their ids instead.")
        boolean parts;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                Letter letter = context.letters().letter(id);
                PrintWriter out = spec.commandLine().getOut();
                if (parts) {
                    for (Block block : letter.document().body()) {
                        String text = block.plainText().replaceAll("\\s+", " ");
                        out.println(TerminalText.escape(block.id() + "  "
                                + block.getClass().getSimpleName().toLowerCase() + "  "
                                + (text.length() > 60 ? text.substring(0, 59) + "\u2026" : text)));
                    }
                    out.flush();
                    return 0;
                }
                out.println(TerminalText.escapeKeepingLines("Letter " + letter.id() + ": " + letter.title() + " ("
                        + letter.status().label().toLowerCase() + ", revision " + letter.revision() + ")"));
                out.println();
                out.print(TerminalText.escapeKeepingLines(PlainLetter.text(letter.document())));
                List<LetterComment> open = context.drafts().comments(id).stream()
                        .filter(LetterComment::isOpen)
                        .toList();
                if (!open.isEmpty()) {
                    out.println();
                    out.println(Plural.count(open.size(), "open comment") + ":");
                    for (LetterComment comment : open) {
                        out.println(TerminalText.escapeKeepingLines(
                                "  #" + comment.id() + " " + comment.author() + ": " + comment.body()));
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description =
                    "Start a letter from a template, addressed and signed by whoever held the offices on its date.",
            footer = {
                "%nExamples:",
                "  stocktake letter new --template \"Assessment letter to the Secretary of State\" --date 2016-01-11",
                "  stocktake letter new --template \"Press release\" --title \"Stepping back\""
            })
    static final class NewCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--template", required = true, paramLabel = "NAME", description = "As letter templates lists.")
        String template;

        @Option(names = "--date", paramLabel = "DATE", description = "The letter's date (default: today).")
        LocalDate date;

        @Option(names = "--title", paramLabel = "TITLE", description = "How the letter is listed (default: template).")
        String title;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                LocalDate dated = date == null ? LocalDate.now() : date;
                String named = title == null ? template + ", " + PlainLetter.DATE.format(dated) : title;
                Letter letter = context.letters().create(template, named, dated);
                spec.commandLine()
                        .getOut()
                        .println(TerminalText.escape("Started letter " + letter.id() + ": " + letter.title() + "."));
                return 0;
            }
        }
    }

    @Command(
            name = "templates",
            mixinStandardHelpOptions = true,
            description = "List the templates letters start from.",
            footer = {"%nExample:", "  stocktake letter templates --format json"})
    static final class TemplatesCommand implements Callable<Integer> {
        @ParentCommand
        LetterCommand parent;

        @Mixin
        ListOutput output;

        private static final List<Column<LetterTemplate>> COLUMNS = List.of(
                Column.of("id", "ID", LetterTemplate::id),
                Column.of("name", "NAME", LetterTemplate::name),
                Column.of("builtIn", "SHIPPED", t -> t.builtIn() ? "yes" : "no"),
                Column.of("description", "DESCRIPTION", LetterTemplate::description));

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                output.print(
                        new Listing<>("template", COLUMNS, context.templates().templates()));
                return 0;
            }
        }
    }
}
