package org.stocktake.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Examples for the {@code audit} commands' help, which every command's help carries. They are given here only while
 * {@link AuditCommand} has no footer of its own; one written there wins.
 */
final class AuditExamples {

    private AuditExamples() {}

    static void addTo(CommandLine root) {
        CommandLine audit = root.getSubcommands().get("audit");
        if (audit == null) {
            return;
        }
        addIfMissing(audit, "stocktake audit verify");
        CommandLine verify = audit.getSubcommands().get("verify");
        if (verify != null) {
            addIfMissing(verify, "stocktake audit verify --data ~/panel && echo intact");
        }
    }

    private static void addIfMissing(CommandLine command, String example) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        if (usage.footer().length == 0) {
            usage.footer("%nExample:", "  " + example);
        }
    }
}
