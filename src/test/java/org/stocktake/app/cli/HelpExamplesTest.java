package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help ends with at least one example of it being used. */
class HelpExamplesTest {

    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|\\S+");

    @Test
    void everyCommandAndSubcommandShowsAnExample() {
        List<CommandLine> all = new ArrayList<>();
        collect(StocktakeCommand.commandLine(new StocktakeCommand()), all);

        assertThat(all).hasSizeGreaterThanOrEqualTo(10);
        for (CommandLine command : all) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = command.getCommandSpec().qualifiedName();
            assertThat(help).as(name).containsPattern("Examples?:\\R  stocktake ");
        }
    }

    @Test
    void theExamplesAreCommandsThatParse() {
        List<CommandLine> all = new ArrayList<>();
        collect(StocktakeCommand.commandLine(new StocktakeCommand()), all);
        for (CommandLine command : all) {
            String[] footer = command.getCommandSpec().usageMessage().footer();
            for (String line : footer) {
                String example = line.strip();
                if (!example.startsWith("stocktake ")) {
                    continue;
                }
                // Split as a shell would: a quoted title is one word; what follows a redirection is the shell's.
                List<String> args = new ArrayList<>();
                Matcher words = WORD.matcher(example.substring("stocktake ".length()));
                while (words.find()
                        && !words.group().startsWith(">")
                        && !words.group().equals("&&")) {
                    args.add(words.group(1) != null ? words.group(1) : words.group());
                }
                CommandLine fresh = StocktakeCommand.commandLine(new StocktakeCommand());
                assertThat(fresh.parseArgs(args.toArray(String[]::new)).errors())
                        .as(example)
                        .isEmpty();
            }
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
