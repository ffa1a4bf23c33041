package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditEntry;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.service.PanelMembers;

/**
 * Each role's forbidden actions refused through the command line, signed in with STOCKTAKE_USER and
 * STOCKTAKE_PASSWORD: one line on standard error, exit 1, and the refusal in the trail.
 */
class MembersCommandsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    static Path template;

    @TempDir
    Path folder;

    private long openRound;
    private long letter;

    @BeforeAll
    static void make() {
        PanelMembers.make(template, CLOCK);
    }

    @BeforeEach
    void members() {
        PanelMembers.copy(template, folder);
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            openRound = chair.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow()
                    .id();
            letter = chair.letters().letters().get(0).id();
        }
    }

    /** Runs {@code args} on the workspace as {@code user}, with {@code password} in STOCKTAKE_PASSWORD unless null. */
    private Cli.Run as(String user, String password, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SignInDetails.USER, user);
        if (password != null) {
            environment.put(SignInDetails.PASSWORD, password);
        }
        environment.put(SignInDetails.NEW_PASSWORD, "a new password of words");
        StocktakeCommand root = new StocktakeCommand();
        root.signIn = SignInDetails.of(environment, () -> null);
        String[] all = Stream.concat(Stream.of("--data", folder.toString()), Stream.of(args))
                .toArray(String[]::new);
        return Cli.runExactly(StocktakeCommand.commandLine(root, all), all);
    }

    private List<AuditEntry> refusals() {
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            return chair.audit().verify().intact() ? refusalsIn(chair) : List.of();
        }
    }

    private static List<AuditEntry> refusalsIn(AppContext context) {
        return Stream.of("Steve Robinson", "Mike Tomlinson", "Keith Wakefield", "Frances Done", "john")
                .flatMap(
                        who -> context
                                .audit()
                                .entriesFor(java.util.UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8)))
                                .stream())
                .filter(e -> e.entity().equals(AuditTrail.REFUSAL))
                .toList();
    }

    /** Asserts the run was refused in one line naming {@code action}, and that the trail holds one refusal more. */
    private void refused(String action, Cli.Run run) {
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("stocktake: ")
                .contains(action)
                .endsWith("."));
        assertThat(refusals()).hasSize(1);
    }

    private Path file(String name, String content) throws IOException {
        Path file = folder.getParent().resolve(folder.getFileName() + "-" + name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void anAdvisorMayNotFinaliseARound() {
        refused(
                "Steve Robinson is an advisor in this workspace and may not finalise a round; the chair, the vice chair"
                        + " or a member may.",
                as("steve", null, "rounds", "finalise", String.valueOf(openRound)));
    }

    @Test
    void anAdvisorMayNotRate() {
        refused(
                "may not rate recommendations",
                as(
                        "steve",
                        null,
                        "assessments",
                        "cite",
                        "--round",
                        String.valueOf(openRound),
                        "--number",
                        "1",
                        "--evidence",
                        "1",
                        "--page",
                        "1"));
    }

    @Test
    void anAdvisorMayNotIssue() throws IOException {
        Path pdf = file("signed.pdf", "%PDF-1.7\n");
        refused(
                "may not issue letters",
                as("steve", null, "letter", "issue", String.valueOf(letter), "--pdf", pdf.toString()));
    }

    @Test
    void anAdvisorMayNotDraftLetters() {
        refused(
                "may not draft letters",
                as(
                        "steve",
                        null,
                        "letter",
                        "new",
                        "--template",
                        "Assessment letter to the Secretary of State",
                        "--title",
                        "Another"));
    }

    @Test
    void anObserverMayNotAddEvidence() throws IOException {
        Path note = file("minutes.txt", "Minutes of the panel's meeting.");
        refused("may not add or change evidence", as("mike", null, "evidence", "add", note.toString()));
    }

    @Test
    void anObserverMayNotComment() {
        refused(
                "may not comment on drafts",
                as("mike", null, "letter", "comment", String.valueOf(letter), "--text", "Hmm."));
    }

    @Test
    void anObserverMayNotFinaliseARound() {
        refused("may not finalise a round", as("mike", null, "rounds", "finalise", String.valueOf(openRound)));
    }

    @Test
    void aMemberMayNotIssue() throws IOException {
        Path pdf = file("signed.pdf", "%PDF-1.7\n");
        refused(
                "may not issue letters",
                as("keith", null, "letter", "issue", String.valueOf(letter), "--pdf", pdf.toString()));
    }

    @Test
    void aMemberMayNotManageMembers() {
        refused(
                "may not manage the workspace's members; only the chair may.",
                as("keith", null, "members", "role", "steve", "member"));
    }

    @Test
    void theViceChairMayNotPublish() {
        refused(
                "Frances Done is the vice chair in this workspace and may not issue letters; only the chair may.",
                as(
                        "frances",
                        null,
                        "letter",
                        "publish",
                        String.valueOf(letter),
                        "--on",
                        "2016-01-12",
                        "--link",
                        "https://example.org/letter"));
    }

    @Test
    void someoneNotNamedMayNotSignALetter() throws IOException {
        Path out = file("out.pdf", "");
        Files.delete(out);
        refused(
                "and Keith Wakefield is not one of them.",
                as(
                        "keith",
                        null,
                        "letter",
                        "export",
                        String.valueOf(letter),
                        "--out",
                        out.toString(),
                        "--sign",
                        "no-such.p12",
                        "--alias",
                        "signing"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aMemberFinalisesARound() {
        Cli.Run run = as("keith", null, "rounds", "finalise", String.valueOf(openRound));
        assertThat(run.errLines()).isEmpty();
        assertThat(run.out()).startsWith("Finalised round " + openRound);
    }

    @Test
    void aWrongPasswordIsOneSentenceAndExitOneAndRecorded() {
        Cli.Run run = as("john", "not the password", "rounds", "list");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines())
                .containsExactly("stocktake: That is not John Crabtree's password; nothing was done. Check it (and"
                        + " STOCKTAKE_PASSWORD, if set) and try again.");
        assertThat(run.out()).isEmpty();
        Cli.Run changing = as("john", "not the password", "rounds", "finalise", String.valueOf(openRound));
        assertThat(changing.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(refusals()).hasSize(1);
    }

    @Test
    void noPasswordAndNoTerminalSaysHowToGiveOne() {
        Cli.Run run = as("john", null, "rounds", "list");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines())
                .containsExactly("stocktake: John Crabtree signs in with a password: set STOCKTAKE_PASSWORD, or run the"
                        + " command in a terminal.");
    }

    @Test
    void theChairListsAndManagesMembers() {
        Cli.Run listed = as("john", PanelMembers.CHAIR_PASSWORD, "members", "list", "--format", "csv");
        assertThat(listed.exitCode()).isZero();
        // The chair's signing key is shown by its fingerprint, for members to compare out of band.
        String fingerprint;
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            fingerprint = chair.members()
                    .keyFingerprint(chair.signedIn().member().orElseThrow())
                    .orElseThrow();
        }
        assertThat(fingerprint).matches("([0-9a-f]{4} ){7}[0-9a-f]{4}");
        assertThat(listed.out().lines())
                .containsExactly(
                        "\uFEFFuser,name,role,password,key",
                        "john,John Crabtree,chair,set," + fingerprint,
                        "frances,Frances Done,vice chair,none,none",
                        "keith,Keith Wakefield,member,none,none",
                        "steve,Steve Robinson,advisor,none,none",
                        "mike,Mike Tomlinson,observer,none,none");
        Cli.Run role = as("john", PanelMembers.CHAIR_PASSWORD, "members", "role", "steve", "member");
        assertThat(role.out()).isEqualTo("Steve Robinson is now a member." + System.lineSeparator());
        Cli.Run password = as("john", PanelMembers.CHAIR_PASSWORD, "members", "password", "keith");
        assertThat(password.out()).isEqualTo("Keith Wakefield's password is changed." + System.lineSeparator());
        assertThat(as("keith", "a new password of words", "rounds", "list").exitCode())
                .isZero();
        Cli.Run removed = as("john", PanelMembers.CHAIR_PASSWORD, "members", "remove", "mike");
        assertThat(removed.out()).isEqualTo("mike is no longer a member." + System.lineSeparator());
        assertThat(as("mike", null, "rounds", "list").errLines())
                .containsExactly("stocktake: mike is not a member of this workspace; set STOCKTAKE_USER to your user"
                        + " name (ask the chair for one).");
    }
}
