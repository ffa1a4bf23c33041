package org.stocktake.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.stocktake.app.AppContext;
import org.stocktake.shared.config.DataFolder;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/** {@code stocktake [--data DIR] [COMMAND]}: without a command the window opens. */
@Command(
        name = "stocktake",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A workbench for independent improvement panels. Without a command, opens the window.",
        footer = {"%nExamples:", "  stocktake --data ~/panel recommendations list", "  stocktake rounds list --help"})
public final class StocktakeCommand {

    /**
     * The commands by name, in the order help lists them. They are added as needed rather than declared on the class:
     * picocli reads every option of every command it is given, which was a good part of a short command's run.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    /** The command refused or failed, with one line on standard error saying why. */
    public static final int USER_ERROR = 1;

    /** The command line itself was wrong: an unknown option, a missing argument, a bad value. */
    public static final int USAGE_ERROR = 2;

    // Inherited, so that --data may come before the command, between its words or after it.
    @Option(
            names = "--data",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "The workspace folder (default: STOCKTAKE_HOME, else the per-user data folder).")
    private Path data;

    /** Asked only when the workspace turns out to be encrypted; tests put their own in its place. */
    WorkspacePassphrase passphrases = WorkspacePassphrase.fromEnvironmentOrConsole();

    /** Who signs in to a workspace with members; tests put their own in its place. */
    SignInDetails signIn = SignInDetails.fromEnvironmentOrConsole();

    /** The workspace folder this invocation works on. */
    public Path dataFolder() {
        return DataFolder.resolve(data);
    }

    AppContext openContext() {
        return AppContext.open(
                dataFolder(),
                Clock.systemDefaultZone(),
                signIn.user(),
                Access.WRITE,
                Storage.DISK,
                passphrases::existing,
                signIn.password());
    }

    /**
     * The workspace opened for reading only, for commands that change nothing: the database is not written, not even
     * by its own close, and no snapshot is taken, so a list or an export is quick and cannot harm a nearly full disk.
     */
    AppContext openForReading() {
        return AppContext.open(
                dataFolder(),
                Clock.systemDefaultZone(),
                signIn.user(),
                Access.READ,
                Storage.DISK,
                passphrases::existing,
                signIn.password());
    }

    /**
     * The command line over {@code root}, printing UTF-8 whatever the platform's default, so that CSV and JSON on
     * standard output are the same bytes as in a file.
     */
    public static CommandLine commandLine(StocktakeCommand root) {
        return commandLine(root, COMMANDS.keySet());
    }

    /**
     * As {@link #commandLine(StocktakeCommand)}, with only the command {@code args} name when they name one: the whole
     * tree otherwise (for help, a version, or a command mistyped, which picocli answers with the names it knows).
     */
    public static CommandLine commandLine(StocktakeCommand root, String[] args) {
        return commandLine(root, named(args).map(Set::of).orElse(COMMANDS.keySet()));
    }

    private static CommandLine commandLine(StocktakeCommand root, Set<String> commands) {
        CommandLine commandLine = new CommandLine(root);
        commands.forEach(
                name -> commandLine.addSubcommand(name, COMMANDS.get(name).get()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(utf8(FileDescriptor.out));
        commandLine.setErr(utf8(FileDescriptor.err));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Optional<String> sentence = Failures.expected(e, root.dataFolder());
            String line = sentence.orElseGet(() -> Failures.unexpected(e));
            cmd.getErr().println("stocktake: " + oneLine(line));
            cmd.getErr().flush();
            return USER_ERROR;
        });
        commandLine.setParameterExceptionHandler(StocktakeCommand::usageError);
        return commandLine;
    }

    /** The command the arguments name: the first word that is not an option or the value of {@code --data}. */
    static Optional<String> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return COMMANDS.containsKey(args[i]) ? Optional.of(args[i]) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand::new);
        commands.put("recommendations", RecommendationsCommand::new);
        commands.put("rounds", RoundsCommand::new);
        commands.put("assessments", AssessmentsCommand::new);
        commands.put("evidence", EvidenceCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("correspondence", CorrespondenceCommand::new);
        commands.put("letter", LetterCommand::new);
        commands.put("members", MembersCommand::new);
        commands.put("panel", PanelCommand::new);
        commands.put("audit", AuditCommand::new);
        commands.put("backup", BackupCommand::new);
        commands.put("restore", RestoreCommand::new);
        commands.put("encrypt", EncryptCommand::new);
        commands.put("passphrase", PassphraseCommand::new);
        commands.put("pdf", PdfCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * Straight to the file descriptor rather than through {@code System.out}, which keeps its errors to itself: a
     * full disk or a closed pipe must reach {@link PrintWriter#checkError()}.
     */
    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("stocktake: " + oneLine(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for its options and an example.");
        err.flush();
        return USAGE_ERROR;
    }

    /** A message shown as one line: what the user typed or imported can hold line ends and escape codes. */
    private static String oneLine(String message) {
        return TerminalText.escape(String.valueOf(message).strip());
    }
}
