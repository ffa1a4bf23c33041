package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.NotAWorkspaceException;
import org.stocktake.shared.WorkspaceInUseException;
import org.stocktake.shared.WorkspaceNotCreatedException;
import org.stocktake.shared.WorkspaceUnreadableException;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.workspace.service.Workspace;

class WorkspaceTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path temp;

    private static void createEmpty(Path folder) {
        Workspace.create(folder, CLOCK, "Panel workspace", workspace -> {});
    }

    private static Stream<String> names(Path folder) throws Exception {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    @Test
    void aNewWorkspaceIsMigratedToTheCurrentSchemaAndNamed() throws Exception {
        Path folder = temp.resolve("new workspace");
        createEmpty(folder);
        assertThat(names(folder)).containsExactly(Database.FILE_NAME + Database.FILE_SUFFIX);
        try (Workspace workspace = Workspace.open(folder, CLOCK)) {
            assertThat(workspace
                            .database()
                            .dsl()
                            .jooq()
                            .fetchValue("select \"version\" from \"flyway_schema_history\" where \"success\""
                                    + " order by \"installed_rank\" desc limit 1"))
                    .isEqualTo(Database.SCHEMA_VERSION);
            assertThat(workspace.info().name()).isEqualTo("Panel workspace");
            assertThat(workspace.readOnlyReason()).isEmpty();
        }
    }

    @Test
    void aFolderThatIsNotAWorkspaceIsRefusedAndNothingIsCreated() throws Exception {
        Path missing = temp.resolve("mistyped");
        assertThatThrownBy(() -> Workspace.open(missing, CLOCK))
                .isInstanceOf(NotAWorkspaceException.class)
                .hasMessageContaining("There is no Stocktake workspace in " + missing)
                .hasMessageContaining("stocktake init --demo " + missing)
                .hasMessageContaining("stocktake init " + missing + " (empty)");
        assertThat(missing).doesNotExist();

        assertThatThrownBy(() -> Workspace.open(temp, CLOCK)).isInstanceOf(NotAWorkspaceException.class);
        assertThat(names(temp)).isEmpty();
    }

    @Test
    void aWorkspaceIsMadeInAnExistingEmptyFolder() {
        createEmpty(temp);
        try (Workspace workspace = Workspace.open(temp, CLOCK)) {
            assertThat(workspace.info().name()).isEqualTo("Panel workspace");
        }
    }

    @Test
    void creatingOverAWorkspaceOrBesideOtherFilesIsRefused() throws Exception {
        createEmpty(temp);
        assertThatThrownBy(() -> createEmpty(temp))
                .isInstanceOf(WorkspaceNotCreatedException.class)
                .hasMessageContaining("There is already a Stocktake workspace in " + temp);

        Path other = Files.createDirectories(temp.resolve("letters"));
        Files.writeString(other.resolve("draft.txt"), "Dear Minister");
        assertThatThrownBy(() -> createEmpty(other))
                .isInstanceOf(WorkspaceNotCreatedException.class)
                .hasMessageContaining("is not empty and holds no Stocktake workspace");
        assertThat(names(other)).containsExactly("draft.txt");

        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> createEmpty(file))
                .isInstanceOf(WorkspaceNotCreatedException.class)
                .hasMessageContaining("is a file, not a folder");
    }

    @Test
    void aBuildLeftByACreationCutShortIsClearedByTheNextAttempt() throws Exception {
        Path leftover =
                Files.createDirectories(temp.resolve(".stocktake-new-123").resolve("deep"));
        Files.writeString(leftover.resolve(Database.FILE_NAME + Database.FILE_SUFFIX), "half a database");
        assertThatThrownBy(() -> Workspace.open(temp, CLOCK)).isInstanceOf(NotAWorkspaceException.class);

        createEmpty(temp);
        assertThat(names(temp)).containsExactly(Database.FILE_NAME + Database.FILE_SUFFIX);
    }

    @Test
    void aCreationThatFailsLeavesNoWorkspaceAndNoFolderItMade() {
        Path folder = temp.resolve("panel");
        assertThatThrownBy(() -> Workspace.create(folder, CLOCK, "Panel", workspace -> {
                    throw new IllegalStateException("cut short");
                }))
                .hasMessage("cut short");
        assertThat(folder).doesNotExist();
    }

    @Test
    void reopeningKeepsWhatWasWritten() {
        createEmpty(temp);
        try (Workspace workspace = Workspace.open(temp, CLOCK)) {
            new RecommendationService(workspace.database(), CLOCK)
                    .createReview(new ReviewDraft("audit-2019", "Section 24 recommendations", null, null, null));
            workspace.rename("Audit follow-up");
        }
        try (Workspace workspace = Workspace.open(temp, CLOCK)) {
            assertThat(workspace.info().name()).isEqualTo("Audit follow-up");
            assertThat(new RecommendationService(workspace.database(), CLOCK).reviews())
                    .extracting(r -> r.code())
                    .containsExactly("audit-2019");
        }
    }

    @Test
    void aWorkspaceHeldByAnotherProcessIsRefusedNamingWhoHoldsIt() throws Exception {
        createEmpty(temp);
        Process holder = hold(temp);
        try {
            assertThatThrownBy(() -> Workspace.open(temp, CLOCK))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("open in another Stocktake window")
                    .hasMessageContaining(": Frances Done has had it open for changes on ")
                    .hasMessageEndingWith(". Close it there and try again.");
            // A holder on this machine whose process has gone is not quoted, even while the database is locked.
            Path file = temp.resolve("workspace.holder");
            Files.writeString(file, Files.readString(file).replaceAll("process=\\d+", "process=" + Long.MAX_VALUE));
            assertThatThrownBy(() -> Workspace.open(temp, CLOCK))
                    .isInstanceOf(WorkspaceInUseException.class)
                    .hasMessageContaining("open in another Stocktake window")
                    .hasMessageNotContaining("Frances Done");
        } finally {
            release(holder);
        }
        // The holder leaves a file naming another alone; the next to open names itself over it.
        try (Workspace again = Workspace.open(temp, CLOCK)) {
            assertThat(again.info().name()).isEqualTo("Panel workspace");
            assertThat(temp.resolve("workspace.holder")).exists();
        }
        assertThat(temp.resolve("workspace.holder")).doesNotExist();
    }

    @Test
    void aWorkspaceOpenedOnlyForReadingNamesNoHolder() {
        createEmpty(temp);
        try (Workspace reading =
                Workspace.open(temp, CLOCK, org.stocktake.shared.persistence.Access.READ, Storage.DISK)) {
            assertThat(reading.readOnlyReason()).isPresent();
            assertThat(temp.resolve("workspace.holder")).doesNotExist();
        }
    }

    /** Starts a process that opens the workspace as Frances Done and holds it; returns once it has it. */
    private static Process hold(Path folder) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldWorkspace.class.getName(),
                        folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("STOCKTAKE_USER", "Frances Done");
        Process holder = builder.start();
        // The holder says "open" once it has the database, then waits for its input to close.
        assertThat(new String(holder.getInputStream().readNBytes(4))).isEqualTo("open");
        return holder;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        holder.waitFor(20, TimeUnit.SECONDS);
        holder.destroy();
    }

    @Test
    void aDamagedDatabaseIsRefusedClearlyAndLeftAsItWas() throws Exception {
        byte[] garbage = new byte[20_000];
        new java.util.Random(7).nextBytes(garbage);
        Path file = Database.file(temp);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Workspace.open(temp, CLOCK))
                .isInstanceOf(WorkspaceUnreadableException.class)
                .hasMessageContaining("cannot be opened")
                .hasMessageContaining("Nothing in the folder was changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }
}
