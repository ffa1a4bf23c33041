package org.stocktake.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stocktake.app.AppContext;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.service.PanelMembers;

/** {@code stocktake panel}: the panel register changed only by those who may change the register. */
class PanelCommandsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    static Path template;

    @TempDir
    Path folder;

    @BeforeAll
    static void make() {
        PanelMembers.make(template, CLOCK);
    }

    @BeforeEach
    void members() {
        PanelMembers.copy(template, folder);
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

    static Stream<Arguments> changes() {
        List<String[]> changes = List.of(
                new String[] {"panel", "add-person", "Tom Riordan"},
                new String[] {"panel", "add-organisation", "Grant Thornton", "--kind", "auditor"},
                new String[] {
                    "panel",
                    "appoint",
                    "John Crabtree",
                    "--organisation",
                    "Birmingham City Council",
                    "--role",
                    "other",
                    "--from",
                    "2016-01-01"
                },
                new String[] {"panel", "address", "Birmingham City Council", "--line", "Council House"});
        return Stream.of("steve", "mike").flatMap(user -> changes.stream().map(c -> Arguments.of(user, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("changes")
    void anAdvisorOrObserverMayNotChangeThePanelRegister(String user, String[] args) {
        String before = as("john", "panel", "list", "--format", "csv").out();
        Cli.Run run = as(user, args);
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("stocktake: ")
                .endsWith(" in this workspace and may not change the register; the chair, the vice chair or a"
                        + " member may."));
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            String who = user.equals("steve") ? "Steve Robinson" : "Mike Tomlinson";
            assertThat(chair.audit().entriesFor(UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8))).stream()
                            .filter(e -> e.entity().equals(AuditTrail.REFUSAL)))
                    .hasSize(1);
            assertThat(chair.panel().people()).noneMatch(p -> p.fullName().equals("Tom Riordan"));
            assertThat(chair.panel().organisations()).noneMatch(o -> o.name().equals("Grant Thornton"));
        }
        assertThat(as("john", "panel", "list", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void aMemberAddsAndAppointsAPerson() {
        assertThat(as("keith", "panel", "add-person", "Tom Riordan", "--post-nominals", "CBE")
                        .out())
                .isEqualTo("Added Tom Riordan CBE to the register." + System.lineSeparator());
        Cli.Run appointed = as(
                "keith",
                "panel",
                "appoint",
                "tom riordan",
                "--organisation",
                "Birmingham City Council",
                "--role",
                "other",
                "--office",
                "Interim chief executive",
                "--from",
                "2017-01-01");
        assertThat(appointed.errLines()).isEmpty();
        assertThat(as("mike", "panel", "list", "--format", "csv").out())
                .contains("Birmingham City Council,Tom Riordan CBE,Other,Interim chief executive,2017-01-01,");
    }

    @Test
    void anUnknownPersonIsOneSentence() {
        Cli.Run run = as(
                "keith", "panel", "appoint", "Nobody", "--organisation", "Birmingham City Council", "--role", "other");
        assertThat(run.exitCode()).isEqualTo(StocktakeCommand.USER_ERROR);
        assertThat(run.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("stocktake: There is no person 'Nobody' in the" + " register; there are "));
    }
}
