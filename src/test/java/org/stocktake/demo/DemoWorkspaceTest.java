package org.stocktake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

class DemoWorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void aNewWorkspaceHoldsTheKerslakeReviewAndThePanel() {
        try (AppContext context = TestWorkspaces.open(temp, Clock.systemUTC())) {
            assertThat(context.workspace().info().name()).isEqualTo(DemoWorkspace.NAME);
            List<Recommendation> recommendations = context.recommendations().recommendations(null);
            assertThat(recommendations).hasSize(11);
            assertThat(recommendations)
                    .extracting(Recommendation::number)
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
            assertThat(context.recommendations().themes(recommendations.get(0).reviewId()))
                    .hasSize(4);
            assertThat(recommendations)
                    .filteredOn(Recommendation::summaryOnly)
                    .extracting(Recommendation::number)
                    .as("the unverified ones are marked as summaries")
                    .containsExactlyInAnyOrder("3", "6", "7", "10", "11");

            Organisation panel = context.panel().organisations().stream()
                    .filter(o -> o.kind() == OrganisationKind.PANEL)
                    .findFirst()
                    .orElseThrow();
            List<Appointment> members = context.panel().officeHolders(panel, LocalDate.of(2016, 1, 11));
            assertThat(members.get(0).role()).isEqualTo(Role.CHAIR);
            assertThat(members.get(0).person().displayName()).isEqualTo("John Crabtree OBE");
        }
    }

    @Test
    void theSecretaryOfStateIsAPersonInAnOfficeOnADate() {
        try (AppContext context = TestWorkspaces.open(temp, Clock.systemUTC())) {
            Organisation ministry = context.panel().organisations().stream()
                    .filter(o -> o.kind() == OrganisationKind.GOVERNMENT)
                    .findFirst()
                    .orElseThrow();
            assertThat(context.panel().officeHolders(ministry, LocalDate.of(2016, 1, 11)))
                    .extracting(a -> a.person().fullName())
                    .containsExactly("Greg Clark");
            assertThat(context.panel().officeHolders(ministry, LocalDate.of(2018, 6, 29)))
                    .extracting(a -> a.person().fullName(), Appointment::officeTitle)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "James Brokenshire", "Secretary of State for Housing, Communities and Local Government"));
        }
    }

    @Test
    void reopeningDoesNotSeedTwice() {
        TestWorkspaces.open(temp, Clock.systemUTC()).close();
        try (AppContext context = TestWorkspaces.open(temp, Clock.systemUTC())) {
            assertThat(context.recommendations().recommendations(null)).hasSize(11);
            assertThat(context.panel().organisations()).hasSize(3);
        }
    }

    @Test
    void theDemoHoldsThreeRoundsFullySeeded() {
        try (AppContext context = TestWorkspaces.open(temp, Clock.systemUTC())) {
            DemoCheck.assertComplete(context);
        }
    }

    @Test
    void anEmptyWorkspaceHasTheBuiltInScalesAndNothingElse() {
        AppContext.create(temp, Clock.systemUTC(), AppContext.Contents.EMPTY);
        try (AppContext context = AppContext.open(temp, Clock.systemUTC())) {
            assertThat(context.workspace().info().name()).isEqualTo(Workspace.DEFAULT_NAME);
            assertThat(context.recommendations().reviews()).isEmpty();
            assertThat(context.panel().organisations()).isEmpty();
            assertThat(context.scales().scales()).extracting(s -> s.code()).hasSize(3);
        }
    }
}
