package org.stocktake.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stocktake assessments export --round R}: one round's assessments as CSV or JSON on standard output. */
@Command(
        name = "assessments",
        mixinStandardHelpOptions = true,
        description = "Assessments of recommendations.",
        subcommands = {AssessmentsCommand.ExportCommand.class})
public final class AssessmentsCommand {

    @ParentCommand
    StocktakeCommand root;

    enum Format {
        csv,
        json
    }

    private static final String[] COLUMNS = {
        "round",
        "round_date",
        "round_status",
        "number",
        "title",
        "theme",
        "level_code",
        "level",
        "direction",
        "commentary",
        "assessor",
        "assessed_at",
        "corrected"
    };

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print a round's assessments.")
    static final class ExportCommand implements Callable<Integer> {
        @ParentCommand
        AssessmentsCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--round",
                required = true,
                paramLabel = "R",
                description = "The round's number (see rounds list).")
        long round;

        @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                AssessmentRound chosen = context.assessments().round(round);
                List<Assessment> rows = context.assessments().assessments(round);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.json) {
                    writeJson(chosen, rows, out);
                } else {
                    writeCsv(chosen, rows, out);
                }
                out.flush();
                return 0;
            }
        }
    }

    private static Object[] values(AssessmentRound round, Assessment a) {
        return new Object[] {
            round.title(),
            round.heldOn(),
            round.isFinal() ? "final" : "draft",
            a.number(),
            a.title(),
            a.theme(),
            a.level() == null ? null : a.level().code(),
            a.level() == null ? null : a.level().label(),
            a.direction() == null ? null : a.direction().label(),
            a.commentary(),
            a.assessor(),
            a.assessedAt(),
            a.corrected()
        };
    }

    static void writeCsv(AssessmentRound round, List<Assessment> rows, PrintWriter out) {
        try (CSVPrinter printer =
                CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build().print(out)) {
            for (Assessment a : rows) {
                printer.printRecord(values(round, a));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeJson(AssessmentRound round, List<Assessment> rows, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Assessment a : rows) {
            ObjectNode node = array.addObject();
            Object[] values = values(round, a);
            for (int i = 0; i < COLUMNS.length; i++) {
                Object value = values[i];
                if (value instanceof Boolean flag) {
                    node.put(COLUMNS[i], flag);
                } else {
                    node.put(COLUMNS[i], value == null ? null : Objects.toString(value));
                }
            }
        }
        try {
            out.println(mapper.writeValueAsString(array));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
