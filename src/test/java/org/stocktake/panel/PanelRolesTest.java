package org.stocktake.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.PanelService;
import org.stocktake.panel.service.Person;
import org.stocktake.panel.service.Role;
import org.stocktake.shared.NotAllowedException;

/** The panel register is the register: an advisor or an observer may not change it, and each refusal is recorded. */
class PanelRolesTest {

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

    private static Organisation council(PanelService panel) {
        return panel.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.COUNCIL)
                .findFirst()
                .orElseThrow();
    }

    private static Person someone(PanelService panel) {
        return panel.people().get(0);
    }

    static Stream<Arguments> changes() {
        List<Object[]> changes = List.of(
                new Object[] {"add a person", (Consumer<PanelService>) p -> p.addPerson("Tom Riordan", null, null)},
                new Object[] {
                    "add an organisation",
                    (Consumer<PanelService>) p -> p.addOrganisation("Grant Thornton", OrganisationKind.AUDITOR)
                },
                new Object[] {
                    "appoint",
                    (Consumer<PanelService>) p ->
                            p.appoint(someone(p), council(p), Role.OTHER, "Observer", LocalDate.of(2016, 1, 1), null)
                },
                new Object[] {
                    "set an address", (Consumer<PanelService>) p -> p.setAddress(council(p), List.of("Council House"))
                });
        return Stream.of("steve", "mike").flatMap(user -> changes.stream().map(c -> Arguments.of(user, c[0], c[1])));
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @MethodSource("changes")
    void anAdvisorOrObserverMayNotChangeThePanelRegister(String user, String what, Consumer<PanelService> change) {
        try (AppContext context = PanelMembers.as(folder, CLOCK, user, "unused")) {
            String who = context.signedIn().actor().name();
            var register = context.panel().appointments();
            var people = context.panel().people();
            var organisations = context.panel().organisations();
            long before = refusals(context, who);
            assertThatThrownBy(() -> change.accept(context.panel()))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage(who + " is " + (user.equals("steve") ? "an advisor" : "an observer")
                            + " in this workspace and may not change the register; the chair, the vice chair or a"
                            + " member may.");
            assertThat(refusals(context, who)).isEqualTo(before + 1);
            assertThat(context.panel().appointments()).isEqualTo(register);
            assertThat(context.panel().people()).isEqualTo(people);
            assertThat(context.panel().organisations()).isEqualTo(organisations);
        }
    }

    @Test
    void aMemberChangesThePanelRegister() {
        try (AppContext member = PanelMembers.as(folder, CLOCK, "keith", "unused")) {
            PanelService panel = member.panel();
            Person added = panel.addPerson("Tom Riordan", null, null);
            panel.appoint(added, council(panel), Role.OTHER, "Observer", LocalDate.of(2016, 1, 1), null);
            assertThat(panel.setAddress(council(panel), List.of("Council House"))
                            .address())
                    .containsExactly("Council House");
            assertThat(panel.appointments()).anyMatch(a -> a.person().fullName().equals("Tom Riordan"));
        }
    }

    private static long refusals(AppContext context, String who) {
        return context.audit().entriesFor(UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8))).stream()
                .filter(e -> e.entity().equals(AuditTrail.REFUSAL))
                .count();
    }
}
