package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help ends with at least one example of it being used. */
class HelpExamplesTest {

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
                String[] args = example.substring("stocktake ".length())
                        .replaceAll(" >.*| &&.*", "")
                        .replace("\"Ofsted inspection\"", "Ofsted")
                        .split(" ");
                CommandLine fresh = StocktakeCommand.commandLine(new StocktakeCommand());
                assertThat(fresh.parseArgs(args).errors()).as(example).isEmpty();
            }
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
