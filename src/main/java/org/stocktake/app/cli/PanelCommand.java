package org.stocktake.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Person;
import org.stocktake.panel.service.Role;
import org.stocktake.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake panel}: the panel register of people, organisations and offices, which letters and members draw
 * on. Changing it is changing the register, held to the same roles as the recommendations.
 */
@Command(
        name = "panel",
        mixinStandardHelpOptions = true,
        description = "The panel register: the people the panel deals with and the offices they hold.",
        footer = {"%nExamples:", "  stocktake panel list", "  stocktake panel add-person \"Tom Riordan\""},
        subcommands = {
            PanelCommand.ListCommand.class,
            PanelCommand.AddPerson.class,
            PanelCommand.AddOrganisation.class,
            PanelCommand.Appoint.class,
            PanelCommand.Address.class
        })
public final class PanelCommand {

    @ParentCommand
    StocktakeCommand root;

    static final List<Column<Appointment>> COLUMNS = List.of(
            Column.of("organisation", "ORGANISATION", a -> a.organisation().name()),
            Column.of("name", "NAME", a -> a.person().displayName()),
            Column.of("role", "ROLE", a -> a.role().label()),
            Column.of("office", "OFFICE", Appointment::officeTitle),
            Column.of("from", "FROM", Appointment::startsOn),
            Column.of("to", "TO", Appointment::endsOn));

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List who holds which office, and when.",
            footer = {"%nExamples:", "  stocktake panel list", "  stocktake panel list --format csv"})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        PanelCommand parent;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                output.print(
                        new Listing<>("appointment", COLUMNS, context.panel().appointments()));
                return 0;
            }
        }
    }

    @Command(
            name = "add-person",
            mixinStandardHelpOptions = true,
            description = "Add a person to the register.",
            footer = {"%nExample:", "  stocktake panel add-person \"Ian Ward\" --honorific Cllr"})
    static final class AddPerson implements Callable<Integer> {
        @ParentCommand
        PanelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The person's full name.")
        String name;

        @Option(names = "--honorific", paramLabel = "H", description = "As a letter puts it before the name: Cllr, Dr.")
        String honorific;

        @Option(names = "--post-nominals", paramLabel = "P", description = "As a letter puts it after the name: OBE.")
        String postNominals;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Person added = context.panel().addPerson(name, honorific, postNominals);
                return done(spec, "Added " + added.displayName() + " to the register.");
            }
        }
    }

    @Command(
            name = "add-organisation",
            mixinStandardHelpOptions = true,
            description = "Add an organisation to the register.",
            footer = {"%nExample:", "  stocktake panel add-organisation \"Grant Thornton\" --kind auditor"})
    static final class AddOrganisation implements Callable<Integer> {
        @ParentCommand
        PanelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The organisation's name.")
        String name;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "panel, council, government, auditor or other.")
        OrganisationKind kind;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Organisation added = context.panel().addOrganisation(name, kind);
                return done(spec, "Added " + added.name() + " to the register.");
            }
        }
    }

    @Command(
            name = "appoint",
            mixinStandardHelpOptions = true,
            description = "Record that a person of the register holds an office in an organisation, from a date to a"
                    + " date (either may be left open).",
            footer = {
                "%nExample:",
                "  stocktake panel appoint \"Ian Ward\" --organisation \"Birmingham City Council\" --role leader"
                        + " --office \"Leader of the Council\" --from 2015-12-01"
            })
    static final class Appoint implements Callable<Integer> {
        @ParentCommand
        PanelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PERSON", description = "The person's full name, as panel list shows it.")
        String person;

        @Option(names = "--organisation", required = true, paramLabel = "ORG", description = "The organisation's name.")
        String organisation;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "chair, vice_chair, member, adviser, observer, ex_officio, leader, chief_executive,"
                        + " secretary_of_state or other.")
        Role role;

        @Option(names = "--office", paramLabel = "TITLE", description = "The office's title, as letters print it.")
        String office;

        @Option(names = "--from", paramLabel = "DATE", description = "The first day in office (2015-12-01).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last day in office.")
        LocalDate to;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Person who = named(context.panel().people(), person, Person::fullName, "person");
                Organisation where =
                        named(context.panel().organisations(), organisation, Organisation::name, "organisation");
                context.panel().appoint(who, where, role, office, from, to);
                return done(spec, who.displayName() + " is recorded as " + role.label() + " of " + where.name() + ".");
            }
        }
    }

    @Command(
            name = "address",
            mixinStandardHelpOptions = true,
            description = "Set the postal address printed under an addressee's name, a --line for each line.",
            footer = {
                "%nExample:",
                "  stocktake panel address \"Birmingham City Council\" --line \"Council House\" --line \"Victoria"
                        + " Square\" --line \"Birmingham B1 1BB\""
            })
    static final class Address implements Callable<Integer> {
        @ParentCommand
        PanelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ORGANISATION", description = "The organisation's name.")
        String organisation;

        @Option(names = "--line", paramLabel = "LINE", description = "One line of the address; none clears it.")
        List<String> lines = List.of();

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                Organisation where =
                        named(context.panel().organisations(), organisation, Organisation::name, "organisation");
                context.panel().setAddress(where, lines);
                return done(spec, "Set the address of " + where.name() + ".");
            }
        }
    }

    private static int done(CommandSpec spec, String sentence) {
        spec.commandLine().getOut().println(TerminalText.escape(sentence));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** @throws NotFoundException naming those there are, when none is called {@code name} */
    private static <T> T named(List<T> all, String name, Function<T, String> nameOf, String what) {
        String wanted = name == null ? "" : name.strip();
        return all.stream()
                .filter(t -> nameOf.apply(t).equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no " + what + " '" + TerminalText.escape(wanted)
                        + "' in the register; there are "
                        + all.stream()
                                .map(t -> TerminalText.escape(nameOf.apply(t)))
                                .collect(Collectors.joining(", "))
                        + "."));
    }
}
