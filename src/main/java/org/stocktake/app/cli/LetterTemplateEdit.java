package org.stocktake.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
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

/** {@code stocktake letter template edit}: change a template of one's own, the parts not named kept as they are. */
@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = "Change a template of your own: its name, description, text (from a JSON file) or offices.",
        footer = {
            "%nExamples:",
            "  stocktake letter template edit 5 --name \"Quarterly letter to the leader\"",
            "  stocktake letter template edit 5 --file quarterly.json",
            "  stocktake letter template edit 5 --to leader@council --signatories chair@panel"
        })
final class LetterTemplateEdit implements Callable<Integer> {

    @ParentCommand
    LetterTemplateCommands parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEMPLATE", description = "The template's id or name, as letter templates lists it.")
    String template;

    @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", description = "A new description.")
    String description;

    @Option(
            names = "--file",
            paramLabel = "CONTENT.json",
            description = "New content, as letter template show --json prints it.")
    Path file;

    @Option(
            names = "--to",
            paramLabel = "OFFICE",
            description = "The addressee's office, e.g. secretary-of-state@government, or none for the writer to fill.")
    String to;

    @Option(
            names = "--signatories",
            paramLabel = "OFFICES",
            description =
                    "The signatories' offices in order, by commas, e.g. chair@panel,leader@council; none for none.")
    String signatories;

    @Override
    public Integer call() {
        if (name == null && description == null && file == null && to == null && signatories == null) {
            throw new ValidationException(
                    "Say what to change: --name, --description, --file, --to or --signatories (see --help).");
        }
        TemplateContent fromFile = file == null ? null : LetterJson.parseTemplate(LetterTemplateCommands.read(file));
        try (AppContext context = parent.letter.root.openContext()) {
            LetterTemplate seen = LetterTemplateCommands.find(context, template);
            TemplateContent content = fromFile == null ? seen.content() : fromFile;
            TemplateContent.Office addressee = to == null
                    ? content.addressee()
                    : to.strip().equalsIgnoreCase("none") ? null : OfficeNames.parse(to);
            List<TemplateContent.Office> signing =
                    signatories == null ? content.signatories() : offices(signatories, content.signatories());
            LetterTemplate saved = context.templates()
                    .update(
                            seen,
                            name == null ? seen.name() : name,
                            description == null ? seen.description() : description,
                            new TemplateContent(content.document(), addressee, signing));
            spec.commandLine()
                    .getOut()
                    .println(TerminalText.escape("Saved template " + saved.id() + ": " + saved.name() + "."));
            return 0;
        }
    }

    /** The offices named, each keeping how it was printed before when it signed before. */
    private static List<TemplateContent.Office> offices(String typed, List<TemplateContent.Office> before) {
        if (typed.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<TemplateContent.Office> named = new ArrayList<>();
        for (String one :
                Arrays.stream(typed.split(",")).filter(s -> !s.isBlank()).toList()) {
            TemplateContent.Office office = OfficeNames.parse(one);
            named.add(before.stream()
                    .filter(b -> b.bare().equals(office))
                    .findFirst()
                    .orElse(office));
        }
        if (named.isEmpty()) {
            throw new ValidationException("Name at least one office for --signatories, or none.");
        }
        return named;
    }
}
