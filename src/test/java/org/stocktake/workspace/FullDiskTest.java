package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.Actor;
import org.stocktake.shared.WorkspaceNotCreatedException;
import org.stocktake.shared.WorkspaceNotWritableException;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.workspace.service.Workspace;

/** A disk that fills up or turns read-only never costs what was saved, and says so in one sentence. */
class FullDiskTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor ACTOR = new Actor("Test");
    private static final String FULL_ON_WRITE = "The change was not saved: the disk holding the workspace is full."
            + " Everything saved before it is kept; free some space, then open the workspace again.";

    @TempDir
    Path temp;

    private AppContext open(Storage storage) {
        return AppContext.open(temp, CLOCK, ACTOR, Access.WRITE, storage);
    }

    /** Many long recommendations in a new review: far more than a full disk has room for. */
    private static void addFramework(AppContext context, String code) {
        List<RecommendationDraft> drafts = IntStream.rangeClosed(1, 400)
                .mapToObj(i -> new RecommendationDraft(
                        0,
                        "F" + i,
                        "Theme " + (i % 7),
                        "Recommendation " + i,
                        "Text ".repeat(200),
                        null,
                        null,
                        null,
                        null,
                        null,
                        false))
                .toList();
        context.recommendations().createAll(new ReviewDraft(code, "Framework " + code, null, null, null), true, drafts);
    }

    @Test
    void aWriteTheDiskRefusesIsOnePlainSentenceAndEverythingSavedBeforeSurvives() {
        SimulatedDisk disk = SimulatedDisk.ample();
        AppContext.create(temp, CLOCK, ACTOR, Contents.DEMO, disk);
        List<Recommendation> saved;
        try (AppContext context = open(disk)) {
            addFramework(context, "saved-2019");
            saved = context.recommendations().recommendations(null);

            disk.fillUpAfter(0);
            assertThatThrownBy(() -> addFramework(context, "lost-2020"))
                    .isInstanceOf(WorkspaceNotWritableException.class)
                    .hasMessage(FULL_ON_WRITE);
            assertThatThrownBy(() ->
                            context.recommendations().createReview(new ReviewDraft("later", "Later", null, null, null)))
                    .as("every later write is refused the same way")
                    .isInstanceOf(WorkspaceNotWritableException.class)
                    .hasMessage(FULL_ON_WRITE);
        }

        disk.free();
        try (AppContext context = open(disk)) {
            assertThat(context.workspace().readOnlyReason()).isEmpty();
            assertThat(context.recommendations().recommendations(null)).isEqualTo(saved);
            assertThat(context.recommendations().reviews())
                    .extracting(r -> r.code())
                    .containsExactlyInAnyOrder("kerslake-2014", "saved-2019");
            assertThat(context.audit().verify().intact()).isTrue();
            addFramework(context, "after-2021");
        }
    }

    @Test
    void aDiskShortOfRoomOpensReadOnlySaysWhyAndLeavesTheFileAsItWas() throws Exception {
        SimulatedDisk disk = SimulatedDisk.ample();
        AppContext.create(temp, CLOCK, ACTOR, Contents.DEMO, disk);
        byte[] before = Files.readAllBytes(Database.file(temp));
        disk.reportFree(100 * 1024);
        String reason = "The disk holding the workspace is full (100 KB free); Stocktake opened it read-only. Free"
                + " some space and open it again; you can still read and export.";

        try (AppContext context = open(disk)) {
            assertThat(context.workspace().readOnlyReason()).contains(reason);
            assertThat(context.recommendations().recommendations(null)).hasSize(11);
            context.exporter().export("kerslake-2014", temp.resolve("kerslake.csv"));
            assertThatThrownBy(() -> addFramework(context, "refused"))
                    .isInstanceOf(WorkspaceNotWritableException.class)
                    .hasMessage(reason);
        }
        assertThat(Files.readAllBytes(Database.file(temp))).isEqualTo(before);
        assertThat(temp.resolve("snapshots")).doesNotExist();
    }

    @Test
    void aReadOnlyDiskOpensReadOnlyAndSaysWhy() throws Exception {
        SimulatedDisk disk = SimulatedDisk.ample();
        AppContext.create(temp, CLOCK, ACTOR, Contents.DEMO, disk);
        byte[] before = Files.readAllBytes(Database.file(temp));

        disk.becomeReadOnly(true);
        try (AppContext context = open(disk)) {
            assertThat(context.workspace().readOnlyReason().orElseThrow())
                    .startsWith(
                            "The workspace folder " + temp + " cannot be written to; Stocktake opened it read-only.");
            assertThat(context.recommendations().recommendations(null)).hasSize(11);
            assertThatThrownBy(() -> addFramework(context, "refused"))
                    .isInstanceOf(WorkspaceNotWritableException.class)
                    .hasMessageContaining("cannot be written to");
        }

        disk.becomeReadOnly(false);
        try (AppContext context = open(disk)) {
            assertThat(context.workspace().readOnlyReason().orElseThrow())
                    .as("a disk found read-only only when written")
                    .startsWith("The disk holding " + temp + " is read-only");
            assertThat(context.recommendations().recommendations(null)).hasSize(11);
        }
        assertThat(Files.readAllBytes(Database.file(temp))).isEqualTo(before);
    }

    @Test
    void aChangeSavedJustBeforeAKillIsThereWhenTheDiskIsFull() throws Exception {
        TestWorkspaceFiles.makeDemo(temp);
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldWorkspace.class.getName(),
                        temp.toString(),
                        "write")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(new String(holder.getInputStream().readNBytes(4))).isEqualTo("open");
        holder.destroyForcibly().waitFor();

        SimulatedDisk disk = SimulatedDisk.ample();
        disk.reportFree(0);
        try (AppContext context = open(disk)) {
            assertThat(context.workspace().readOnlyReason()).isPresent();
            assertThat(context.recommendations().recommendations(null))
                    .as("the commit returned only once written, so the kill did not lose it")
                    .hasSize(12);
        }
    }

    /** The real thing where permissions hold; as root they stop nothing, so the simulated disk covers it above. */
    @Test
    void aFolderWithoutWritePermissionOpensReadOnly() throws Exception {
        assumeThat(System.getProperty("user.name"))
                .as("permissions do not bind root")
                .isNotEqualTo("root");
        assumeThat(temp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        TestWorkspaceFiles.makeDemo(temp);
        Files.setPosixFilePermissions(Database.file(temp), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (AppContext context = AppContext.open(temp, CLOCK)) {
            assertThat(context.workspace().readOnlyReason().orElseThrow()).contains("cannot be written to");
            assertThatThrownBy(() -> addFramework(context, "refused"))
                    .isInstanceOf(WorkspaceNotWritableException.class);
        } finally {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(Database.file(temp), PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aCreationThatRunsOutOfRoomLeavesNothingAndSaysSo() {
        SimulatedDisk disk = SimulatedDisk.ample();
        disk.fillUpAfter(150 * 1024);
        Path folder = temp.resolve("panel");
        assertThatThrownBy(() -> AppContext.create(folder, CLOCK, ACTOR, Contents.DEMO, disk))
                .isInstanceOf(WorkspaceNotCreatedException.class)
                .hasMessage("No workspace was created in " + folder + ": the disk refused a write while it was being"
                        + " made (it is full or read-only). Nothing was left in the folder.");
        assertThat(folder).doesNotExist();

        disk.free();
        disk.reportFree(150 * 1024);
        assertThatThrownBy(() -> AppContext.create(folder, CLOCK, ACTOR, Contents.DEMO, disk))
                .isInstanceOf(WorkspaceNotCreatedException.class)
                .hasMessage("There is not enough room to create a workspace in " + folder
                        + " (150 KB free, 8 MB needed). Free some space and try again.");
        assertThat(folder).doesNotExist();

        disk.free();
        AppContext.create(folder, CLOCK, ACTOR, Contents.DEMO, disk);
        assertThat(Workspace.exists(folder)).isTrue();
    }
}
