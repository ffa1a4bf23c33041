package org.stocktake.app.cli;

import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake audit verify}: exits 0 when the trail is intact, 3 with the first broken link otherwise. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The tamper-evident trail of changes.",
        subcommands = {AuditCommand.VerifyCommand.class})
public final class AuditCommand {

    public static final int BROKEN = 3;

    @ParentCommand
    StocktakeCommand root;

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check every link of the audit trail.")
    static final class VerifyCommand implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AuditVerification result = context.audit().verify();
                if (result.intact()) {
                    spec.commandLine().getOut().println(result.describe());
                    return 0;
                }
                spec.commandLine().getErr().println("stocktake: " + result.describe());
                return BROKEN;
            }
        }
    }
}
