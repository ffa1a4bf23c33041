package org.stocktake.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.letters.document.PlainLetter;
import org.stocktake.letters.service.LetterJson;
import org.stocktake.letters.service.LetterTemplate;
import org.stocktake.letters.service.TemplateContent;
import org.stocktake.shared.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake letter template ...}: read, change, copy and delete the templates letters start from. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Read, change, duplicate or delete a letter template (built-in ones only read and duplicated).",
        footer = {"%nExample:", "  stocktake letter template show 1"},
        subcommands = {
            LetterTemplateCommands.ShowCommand.class,
            LetterTemplateEdit.class,
            LetterTemplateCommands.DuplicateCommand.class,
            LetterTemplateCommands.DeleteCommand.class
        })
final class LetterTemplateCommands {

    @ParentCommand
    LetterCommand letter;

    /** A template named on the command line: by its id, or by its name as a person would type it. */
    static LetterTemplate find(AppContext context, String idOrName) {
        String given = idOrName.strip();
        return given.matches("\\d{1,18}")
                ? context.templates().template(Long.parseLong(given))
                : context.templates().template(given);
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print a template: its offices and its text, or its content as JSON to edit.",
            footer = {
                "%nExamples:",
                "  stocktake letter template show 1",
                "  stocktake letter template show 5 --json > quarterly.json"
            })
    static final class ShowCommand implements Callable<Integer> {
        @ParentCommand
        LetterTemplateCommands parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEMPLATE", description = "The template's id or name, as letter templates lists it.")
        String template;

        @Option(names = "--json", description = "Print the content as JSON, for letter template edit --file.")
        boolean json;

        @Override
        public Integer call() {
            try (AppContext context = parent.letter.root.openForReading()) {
                LetterTemplate found = find(context, template);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(LetterJson.write(found.content()));
                    out.flush();
                    return 0;
                }
                TemplateContent content = found.content();
                out.println(TerminalText.escape("Template " + found.id() + ": " + found.name()
                        + (found.builtIn() ? " (built in: duplicate it to change it)" : "")));
                if (!found.description().isBlank()) {
                    out.println(TerminalText.escape(found.description()));
                }
                out.println(
                        "To: " + (content.addressee() == null ? "left to the writer" : office(content.addressee())));
                out.println("Signed by: "
                        + (content.signatories().isEmpty()
                                ? "as the text says"
                                : String.join(
                                        "; ",
                                        content.signatories().stream()
                                                .map(LetterTemplateCommands::office)
                                                .toList())));
                out.println();
                out.print(TerminalText.escapeKeepingLines(PlainLetter.text(content.document())));
                out.flush();
                return 0;
            }
        }
    }

    @Command(
            name = "duplicate",
            mixinStandardHelpOptions = true,
            description = "Copy a template, built-in ones too, as one of your own to change.",
            footer = {"%nExample:", "  stocktake letter template duplicate 1 --name \"Quarterly letter\""})
    static final class DuplicateCommand implements Callable<Integer> {
        @ParentCommand
        LetterTemplateCommands parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEMPLATE", description = "The template's id or name, as letter templates lists it.")
        String template;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The copy's name.")
        String name;

        @Override
        public Integer call() {
            try (AppContext context = parent.letter.root.openContext()) {
                LetterTemplate copy = context.templates().duplicate(find(context, template), name);
                spec.commandLine()
                        .getOut()
                        .println(TerminalText.escape("Made template " + copy.id() + ": " + copy.name() + "."));
                return 0;
            }
        }
    }

    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = "Delete a template of your own; letters already made from it are untouched.",
            footer = {"%nExample:", "  stocktake letter template delete \"Quarterly letter\""})
    static final class DeleteCommand implements Callable<Integer> {
        @ParentCommand
        LetterTemplateCommands parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEMPLATE", description = "The template's id or name, as letter templates lists it.")
        String template;

        @Override
        public Integer call() {
            try (AppContext context = parent.letter.root.openContext()) {
                LetterTemplate found = find(context, template);
                context.templates().delete(found);
                spec.commandLine()
                        .getOut()
                        .println(TerminalText.escape("Deleted the template '" + found.name() + "'."));
                return 0;
            }
        }
    }

    /** An office as printed and as typed: "Chair of the panel (chair@panel)". */
    static String office(TemplateContent.Office office) {
        String lines =
                office.roleLines().isEmpty() ? "" : ", printed \"" + String.join(" / ", office.roleLines()) + "\"";
        return TerminalText.escape(office.label() + " (" + OfficeNames.typed(office) + ")" + lines);
    }

    static String read(Path file) {
        ReadableFile.check(file);
        try {
            if (Files.size(file) > LetterJson.MAX_CHARS * 4L) {
                throw new ValidationException("The file " + file + " is too large for a template.");
            }
            return Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ValidationException("The file " + file + " is not UTF-8 text; save it as UTF-8 JSON.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
