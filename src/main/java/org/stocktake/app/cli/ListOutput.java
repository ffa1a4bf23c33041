package org.stocktake.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A list command's {@code --format table|csv|json} and its printing, mixed into every list command so that each
 * takes the option alike and prints through {@link Output} to the command's own standard output.
 */
final class ListOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(
            names = "--format",
            defaultValue = "table",
            paramLabel = "table|csv|json",
            description = "How to print the list (default: table).")
    ListFormat format;

    <T> void print(Listing<T> listing) {
        Output.list(listing, format, command.commandLine().getOut());
    }
}
