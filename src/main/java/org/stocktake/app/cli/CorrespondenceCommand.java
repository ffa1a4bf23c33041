package org.stocktake.app.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.Correspondence;
import org.stocktake.evidence.service.Letter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code stocktake correspondence list}: letters in and out, oldest first, replies under what they answer. */
@Command(
        name = "correspondence",
        mixinStandardHelpOptions = true,
        description = "The correspondence register: letters in and out of the library.",
        footer = {"%nExample:", "  stocktake correspondence list --overdue"},
        subcommands = {CorrespondenceCommand.ListCommand.class})
public final class CorrespondenceCommand {

    @ParentCommand
    StocktakeCommand root;

    static final List<Column<Letter>> COLUMNS = List.of(
            Column.of("id", "ID", letter -> letter.item().id()),
            Column.of("date", "DATE", letter -> letter.item().dateShown()),
            Column.of(
                    "direction",
                    "IN/OUT",
                    letter -> letter.item().kind().isLetter()
                            ? letter.item().kind().label().replace("letter ", "")
                            : ""),
            Column.of("from", "FROM", letter -> letter.item().from()),
            Column.of("to", "TO", letter -> letter.item().to()),
            Column.tableOnly(
                    "SUBJECT",
                    letter -> "  ".repeat(letter.depth()) + letter.item().title()),
            Column.dataOnly("subject", letter -> letter.item().title()),
            Column.dataOnly("repliesTo", letter -> letter.item().repliesToId()),
            Column.of("replyBy", "REPLY BY", letter -> letter.item().replyBy()),
            Column.of("status", "STATUS", letter -> letter.reply().label()),
            Column.dataOnly("reference", letter -> letter.item().reference()));

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the letters, oldest first, each reply under the letter it answers.",
            footer = {"%nExamples:", "  stocktake correspondence list", "  stocktake correspondence list --format json"
            })
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        CorrespondenceCommand parent;

        @Option(names = "--overdue", description = "Only letters out whose reply is overdue.")
        boolean overdue;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                Correspondence correspondence = new Correspondence(context.evidence(), Clock.systemDefaultZone());
                List<Letter> letters = overdue ? correspondence.overdue() : correspondence.letters();
                output.print(new Listing<>("letter", COLUMNS, letters));
                return 0;
            }
        }
    }
}
