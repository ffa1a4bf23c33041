package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.workspace.service.Workspace;

class WorkspaceTest {

    @TempDir
    Path temp;

    @Test
    void anEmptyFolderIsMigratedToTheCurrentSchema() {
        Path folder = temp.resolve("new workspace");
        try (Workspace workspace = Workspace.open(folder, Clock.systemUTC())) {
            assertThat(workspace.isNew()).isTrue();
            assertThat(Files.exists(folder.resolve(Database.FILE_NAME + ".mv.db")))
                    .isTrue();
            assertThat(workspace
                            .database()
                            .dsl()
                            .jooq()
                            .fetchValue("select max(\"version\") from \"flyway_schema_history\" where \"success\""))
                    .isEqualTo(Database.SCHEMA_VERSION);
            assertThat(workspace.info().name()).isEqualTo(Workspace.DEFAULT_NAME);
        }
    }

    @Test
    void reopeningKeepsWhatWasWrittenAndIsNotNew() {
        try (Workspace workspace = Workspace.open(temp, Clock.systemUTC())) {
            new RecommendationService(workspace.database(), Clock.systemUTC())
                    .createReview(new ReviewDraft("audit-2019", "Section 24 recommendations", null, null, null));
            workspace.rename("Audit follow-up");
        }
        try (Workspace workspace = Workspace.open(temp, Clock.systemUTC())) {
            assertThat(workspace.isNew()).isFalse();
            assertThat(workspace.info().name()).isEqualTo("Audit follow-up");
            assertThat(new RecommendationService(workspace.database(), Clock.systemUTC()).reviews())
                    .extracting(r -> r.code())
                    .containsExactly("audit-2019");
        }
    }

    @Test
    void aWorkspaceHeldByAnotherProcessIsRefusedClearly() throws Exception {
        try (Workspace created = Workspace.open(temp, Clock.systemUTC())) {
            created.rename("Panel workspace");
        }
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldWorkspace.class.getName(),
                        temp.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // The holder says "open" once it has the database, then waits for its input to close.
            String first = new String(holder.getInputStream().readNBytes(4));
            assertThat(first).isEqualTo("open");
            assertThatThrownBy(() -> Workspace.open(temp, Clock.systemUTC()))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("open in another Stocktake window");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroy();
        }
        try (Workspace again = Workspace.open(temp, Clock.systemUTC())) {
            assertThat(again.isNew()).isFalse();
        }
    }

    @Test
    void aWorkspaceStaysNewUntilItIsNamedSoACutShortStartIsCompleted() {
        Workspace.open(temp, Clock.systemUTC()).close();
        try (Workspace again = Workspace.open(temp, Clock.systemUTC())) {
            assertThat(again.isNew()).isTrue();
            again.rename("Named");
        }
        try (Workspace named = Workspace.open(temp, Clock.systemUTC())) {
            assertThat(named.isNew()).isFalse();
            assertThat(named.info().name()).isEqualTo("Named");
        }
    }

    @Test
    void aDamagedDatabaseIsRefusedClearlyAndLeftAsItWas() throws Exception {
        byte[] garbage = new byte[20_000];
        new java.util.Random(7).nextBytes(garbage);
        Path file = temp.resolve(Database.FILE_NAME + ".mv.db");
        Files.write(file, garbage);

        assertThatThrownBy(() -> Workspace.open(temp, Clock.systemUTC()))
                .isInstanceOf(org.stocktake.shared.WorkspaceUnreadableException.class)
                .hasMessageContaining("cannot be opened")
                .hasMessageContaining("Nothing in the folder was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedNotCreated() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Workspace.open(file, Clock.systemUTC()))
                .hasMessageContaining("Cannot create the workspace folder");
    }
}
