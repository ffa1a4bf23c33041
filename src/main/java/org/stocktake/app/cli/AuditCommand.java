package org.stocktake.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditProblem;
import org.stocktake.audit.service.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake audit verify}: exits 0 with a one-line summary when the chain, its head, its signed checkpoints and
 * the data all agree with the trail, and 3 with every problem found otherwise; a second line says what the
 * checkpoints held (or why there are none).
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The tamper-evident trail of changes.",
        footer = {"%nExample:", "  stocktake audit verify"},
        subcommands = {AuditCommand.VerifyCommand.class})
public final class AuditCommand {

    public static final int BROKEN = 3;

    @ParentCommand
    StocktakeCommand root;

    /** How the report prints: lines for people, JSON for scripts. */
    enum ReportFormat {
        table,
        json
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description =
                    "Check every link of the audit trail, its head, its signed checkpoints, and the data against the"
                            + " trail.",
            footer = {
                "%nExamples:",
                "  stocktake audit verify --data ~/panel && echo intact",
                "  stocktake audit verify --format json"
            })
    static final class VerifyCommand implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "table",
                description = "table (default) or json; json always goes to standard output.")
        ReportFormat format;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                AuditVerification result = context.audit().verify();
                if (format == ReportFormat.json) {
                    spec.commandLine().getOut().println(json(result));
                } else if (result.intact()) {
                    spec.commandLine().getOut().println(result.summary());
                    spec.commandLine().getOut().println(result.checkpoints());
                } else {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("stocktake: " + result.summary());
                    result.problems().forEach(p -> err.println("  - " + p.text()));
                    err.println(result.checkpoints());
                }
                return result.intact() ? 0 : BROKEN;
            }
        }

        private static String json(AuditVerification result) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode report = mapper.createObjectNode();
            report.put("intact", result.intact());
            report.put("entriesChecked", result.entriesChecked());
            report.put("summary", result.summary());
            report.put("checkpoints", result.checkpoints());
            ArrayNode problems = report.putArray("problems");
            for (AuditProblem p : result.problems()) {
                ObjectNode problem = problems.addObject();
                problem.put("kind", p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                if (p.entry() > 0) {
                    problem.put("entry", p.entry());
                }
                problem.put("text", p.text());
            }
            try {
                return mapper.writeValueAsString(report);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
