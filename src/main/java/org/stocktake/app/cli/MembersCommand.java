package org.stocktake.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.Member;
import org.stocktake.members.service.MemberRole;
import org.stocktake.members.service.MemberService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code stocktake members list|add|role|password|remove}: who may sign in to the workspace, and in which role. Only
 * the chair changes them (anyone, while there are none), except that a member may change their own password.
 */
@Command(
        name = "members",
        mixinStandardHelpOptions = true,
        description = "The workspace's members and their roles: chair, vice chair, member, advisor or observer.",
        footer = {
            "%nExamples:",
            "  stocktake members add \"John Crabtree\" --user john --role chair --password",
            "  stocktake members list"
        },
        subcommands = {
            MembersCommand.ListCommand.class,
            MembersCommand.AddCommand.class,
            MembersCommand.RoleCommand.class,
            MembersCommand.PasswordCommand.class,
            MembersCommand.RemoveCommand.class
        })
public final class MembersCommand {

    @ParentCommand
    StocktakeCommand root;

    /**
     * The list's columns; the key's fingerprint is shown so members can compare it with what each other see, on paper
     * or by phone, as the workspace itself cannot prove a public key is the one its member made.
     */
    static List<Column<Member>> columns(MemberService members) {
        return List.of(
                Column.of("user", "USER", Member::userName),
                Column.of("name", "NAME", Member::personName),
                Column.of("role", "ROLE", member -> member.role().label()),
                Column.of("password", "PASSWORD", member -> member.passwordSet() ? "set" : "none"),
                Column.of("key", "SIGNING KEY", member -> members.keyFingerprint(member)
                        .orElse("none")));
    }

    private static void say(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(TerminalText.escape(line));
        out.flush();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the members, oldest first.",
            footer = {"%nExamples:", "  stocktake members list", "  stocktake members list --format csv"})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Mixin
        ListOutput output;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openForReading()) {
                output.print(new Listing<>(
                        "member", columns(context.members()), context.members().members()));
                return 0;
            }
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Make a person of the panel register a member. The first member is the chair.",
            footer = {
                "%nExamples:",
                "  stocktake members add \"Frances Done\" --user frances --role \"vice chair\"",
                "  stocktake members add \"Keith Wakefield\" --user keith --role member --password"
            })
    static final class AddCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PERSON", description = "Their full name as the panel register has it.")
        String person;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The name they sign in with.")
        String user;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "chair, vice chair, member, advisor or observer.")
        String role;

        @Option(
                names = "--password",
                description = "Give them a password (from STOCKTAKE_NEW_PASSWORD, else asked twice).")
        boolean password;

        @Override
        public Integer call() {
            MemberRole chosen = MemberRole.parse(role);
            try (AppContext context = parent.root.openContext()) {
                char[] secret = password ? parent.root.signIn.newPassword(person) : null;
                try {
                    Member added = context.members().add(person, user, chosen, secret);
                    say(
                            spec,
                            "Added " + added.personName() + " as "
                                    + added.role().withArticle() + ", signing in as " + added.userName()
                                    + (added.passwordSet() ? " with a password." : " without a password."));
                } finally {
                    if (secret != null) {
                        Arrays.fill(secret, ' ');
                    }
                }
                return 0;
            }
        }
    }

    @Command(
            name = "role",
            mixinStandardHelpOptions = true,
            description = "Change a member's role.",
            footer = {"%nExample:", "  stocktake members role keith advisor"})
    static final class RoleCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USER", description = "The member's user name.")
        String user;

        @Parameters(index = "1", paramLabel = "ROLE", description = "chair, vice chair, member, advisor or observer.")
        String role;

        @Override
        public Integer call() {
            MemberRole chosen = MemberRole.parse(role);
            try (AppContext context = parent.root.openContext()) {
                Member changed = context.members().changeRole(user, chosen);
                say(spec, changed.personName() + " is now " + changed.role().withArticle() + ".");
                return 0;
            }
        }
    }

    @Command(
            name = "password",
            mixinStandardHelpOptions = true,
            description = "Set a member's password (from STOCKTAKE_NEW_PASSWORD, else asked twice), or clear it.",
            footer = {"%nExamples:", "  stocktake members password keith", "  stocktake members password keith --clear"
            })
    static final class PasswordCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "USER", description = "The member's user name.")
        String user;

        @Option(names = "--clear", description = "Remove the password: they sign in by name alone.")
        boolean clear;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                char[] secret = clear ? null : parent.root.signIn.newPassword(user);
                try {
                    Member changed = context.members().setPassword(user, secret);
                    say(
                            spec,
                            clear
                                    ? changed.personName() + " now signs in without a password."
                                    : changed.personName() + "'s password is changed.");
                } finally {
                    if (secret != null) {
                        Arrays.fill(secret, ' ');
                    }
                }
                return 0;
            }
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "End a membership; the person stays in the panel register.",
            footer = {"%nExample:", "  stocktake members remove mike"})
    static final class RemoveCommand implements Callable<Integer> {
        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "USER", description = "The member's user name.")
        String user;

        @Override
        public Integer call() {
            try (AppContext context = parent.root.openContext()) {
                context.members().remove(user);
                say(spec, user + " is no longer a member.");
                return 0;
            }
        }
    }
}
