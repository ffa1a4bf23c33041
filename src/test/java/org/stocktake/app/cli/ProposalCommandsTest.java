package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.service.PanelMembers;

/** {@code assessments propose}, {@code proposals} and {@code accept}: each role held to its part, bad input refused. */
class ProposalCommandsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    static Path template;

    @TempDir
    Path folder;

    private long openRound;
    private long finalRound;
    private String openTitle;
    private String finalTitle;

    @BeforeAll
    static void make() {
        PanelMembers.make(template, CLOCK);
    }

    @BeforeEach
    void members() {
        PanelMembers.copy(template, folder);
        try (AppContext chair = chair()) {
            AssessmentRound open = chair.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow();
            AssessmentRound last = chair.assessments().allRounds().stream()
                    .filter(AssessmentRound::isFinal)
                    .findFirst()
                    .orElseThrow();
            openRound = open.id();
            openTitle = open.title();
            finalRound = last.id();
            finalTitle = last.title();
        }
    }

    private AppContext chair() {
        return PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD);
    }

    private Cli.Run as(String user, String... args) {
        Map<String, String> environment = new HashMap<>();
        environment.put(SignInDetails.USER, user);
        StocktakeCommand root = new StocktakeCommand();
        root.signIn = SignInDetails.of(environment, () -> null);
        String[] all = Stream.concat(Stream.of("--data", folder.toString()), Stream.of(args))
                .toArray(String[]::new);
        return Cli.runExactly(StocktakeCommand.commandLine(root, all), all);
    }

    private Cli.Run propose(String user, String... more) {
        return as(
                user,
                Stream.concat(Stream.of("assessments", "propose", String.valueOf(openRound), "5"), Stream.of(more))
                        .toArray(String[]::new));
    }

    private int proposals(long round) {
        try (AppContext chair = chair()) {
            return chair.assessments().proposals().ofRound(round).size();
        }
    }

    private static void oneSentence(Cli.Run run, String sentence) {
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines()).containsExactly("stocktake: " + sentence);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anAdvisorProposesAndAMemberListsAndAcceptsIt() {
        Cli.Run proposed = propose("steve", "--rating", "G", "--commentary", "The plan is credible now.");
        assertThat(proposed.errLines()).isEmpty();
        assertThat(proposed.out())
                .isEqualTo("Proposal 1: Good progress for recommendation 5 in '" + openTitle + "'."
                        + System.lineSeparator());

        Cli.Run csv = as("keith", "assessments", "proposals", String.valueOf(openRound), "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0))
                    .isEqualTo("\uFEFFproposal,number,level_code,level,status,proposed_by,proposed_at,decided_by,"
                            + "decided_at,commentary");
            assertThat(lines.get(1))
                    .startsWith("1,5,G,Good progress,open,Steve Robinson,")
                    .endsWith(",,,The plan is credible now.");
        });
        Cli.Run table = as("keith", "assessments", "proposals", String.valueOf(openRound));
        assertThat(table.out()).contains("Steve Robinson", "open").endsWith("1 proposal" + System.lineSeparator());

        Cli.Run accepted = as("keith", "assessments", "accept", String.valueOf(openRound), "1");
        assertThat(accepted.errLines()).isEmpty();
        assertThat(accepted.out())
                .isEqualTo("Accepted proposal 1: recommendation 5 is rated Good progress in '" + openTitle + "'."
                        + System.lineSeparator());
        try (AppContext chair = chair()) {
            Assessment five = chair.assessments().assessments(openRound).stream()
                    .filter(a -> a.number().equals("5"))
                    .findFirst()
                    .orElseThrow();
            assertThat(five.level().code()).isEqualTo("G");
            assertThat(five.assessor()).isEqualTo("Keith Wakefield");
            assertThat(chair.audit().entriesFor(five.uuid())).last().satisfies(e -> assertThat(e.action())
                    .isEqualTo("accept proposal 1"));
            assertThat(chair.audit().verify().intact()).isTrue();
        }
        Cli.Run json = as("keith", "assessments", "proposals", String.valueOf(openRound), "--format", "json");
        assertThat(json.out()).contains("\"status\": \"accepted\"", "\"decided_by\": \"Keith Wakefield\"");
    }

    @Test
    void anObserverMayNotPropose() {
        oneSentence(
                propose("mike", "--rating", "G"),
                "Mike Tomlinson is an observer in this workspace and may not propose ratings; the chair, the vice"
                        + " chair, a member or an advisor may.");
        try (AppContext chair = chair()) {
            assertThat(chair
                            .audit()
                            .entriesFor(
                                    java.util.UUID.nameUUIDFromBytes("Mike Tomlinson".getBytes(StandardCharsets.UTF_8)))
                            .stream()
                            .filter(e -> e.entity().equals(AuditTrail.REFUSAL)))
                    .hasSize(1);
        }
        assertThat(proposals(openRound)).isZero();
    }

    @Test
    void anAdvisorMayNotAccept() {
        propose("steve", "--rating", "G");
        Cli.Run run = as("steve", "assessments", "accept", String.valueOf(openRound), "1");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .contains("may not rate recommendations"));
    }

    @Test
    void badInputIsOneSentenceAndWritesNothing() {
        oneSentence(
                as("steve", "assessments", "propose", "99", "5", "--rating", "G"),
                "There is no round 99. Rounds: 1 (Interim assessment, 2015-11-05), 2 (Twelve-month assessment,"
                        + " 2016-01-11), 3 (March assessment, 2016-03-15).");
        oneSentence(
                as("steve", "assessments", "propose", String.valueOf(finalRound), "5", "--rating", "G"),
                "'" + finalTitle + "' is final; its ratings can no longer be proposed.");
        oneSentence(propose("steve", "--rating", "Q"), "'Q' is not a level of the Progress scale (N, L, S, G, E).");
        oneSentence(
                propose("steve", "--rating", "G", "--commentary", "x".repeat(5_000)),
                "A proposal's commentary has at most 2,000 characters; this one has 5,000. Shorten it.");
        oneSentence(
                propose("steve", "--rating", "G", "--commentary", "fine\u001b[2Jgone"),
                "The commentary holds a control character (U+001B); remove it.");
        oneSentence(
                as("steve", "assessments", "propose", String.valueOf(openRound), "99", "--rating", "G"),
                "The round's review has no recommendation 99.");
        assertThat(proposals(openRound)).isZero();
        assertThat(proposals(finalRound)).isZero();
    }

    @Test
    void acceptingAfterTheRoundWasFinalisedIsRefused() {
        propose("steve", "--rating", "G");
        assertThat(as("keith", "rounds", "finalise", String.valueOf(openRound)).exitCode())
                .isZero();
        oneSentence(
                as("keith", "assessments", "accept", String.valueOf(openRound), "1"),
                "'" + openTitle + "' is final; its proposals can no longer be accepted.");
        Cli.Run listed = as("mike", "assessments", "proposals", String.valueOf(openRound), "--format", "csv");
        assertThat(listed.out()).contains(",open,Steve Robinson,");
    }

    @Test
    void aProposalOfAnotherRoundIsNotAccepted() {
        propose("steve", "--rating", "G");
        oneSentence(
                as("keith", "assessments", "accept", String.valueOf(finalRound), "1"),
                "Proposal 1 is not in round " + finalRound + " but in round " + openRound
                        + "; see assessments proposals " + finalRound + ".");
    }
}
