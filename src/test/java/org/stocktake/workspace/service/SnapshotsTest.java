package org.stocktake.workspace.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.WorkspaceUnreadableException;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.persistence.WriteCheck;
import org.stocktake.workspace.SimulatedDisk;

class SnapshotsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path temp;

    private Path snapshots() {
        return temp.resolve(Snapshots.FOLDER);
    }

    private void addReview(String code, Storage storage) {
        try (Workspace workspace = Workspace.open(temp, CLOCK, Access.WRITE, storage)) {
            new RecommendationService(workspace.database(), CLOCK)
                    .createReview(new ReviewDraft(code, "Review " + code, null, null, null));
        }
    }

    private List<String> reviews() {
        try (Workspace workspace = Workspace.open(temp, CLOCK, Access.READ, Storage.DISK)) {
            return new RecommendationService(workspace.database(), CLOCK)
                    .reviews().stream().map(r -> r.code()).toList();
        }
    }

    @Test
    void openingForChangesKeepsTheDatabaseAsItWasAndTheNewestThree() throws Exception {
        Workspace.create(temp, CLOCK, "Panel", workspace -> {});
        byte[] created = Files.readAllBytes(Database.file(temp));
        addReview("first", Storage.DISK);
        assertThat(Snapshots.list(snapshots())).hasSize(1);
        assertThat(Files.readAllBytes(Snapshots.list(snapshots()).get(0)))
                .as("the snapshot is the file as it was before the opening")
                .isEqualTo(created);

        for (String code : List.of("second", "third", "fourth", "fifth")) {
            addReview(code, Storage.DISK);
        }
        List<Path> kept = Snapshots.list(snapshots());
        assertThat(kept).hasSize(Snapshots.KEEP);
        try (var all = Files.list(snapshots())) {
            assertThat(all.toList()).as("no partial copies are left").hasSize(Snapshots.KEEP);
        }

        // Restoring is copying the newest snapshot back while the workspace is closed.
        Files.copy(kept.get(kept.size() - 1), Database.file(temp), StandardCopyOption.REPLACE_EXISTING);
        assertThat(reviews()).containsExactlyInAnyOrder("first", "second", "third", "fourth");
    }

    @Test
    void anUnchangedDatabaseIsNotCopiedAgainAndReadingCopiesNothing() throws Exception {
        Workspace.create(temp, CLOCK, "Panel", workspace -> {});
        reviews();
        assertThat(snapshots()).as("opening to read takes no snapshot").doesNotExist();

        Path copy = Snapshots.copy(temp, Storage.DISK);
        Snapshots.keep(copy);
        assertThat(Snapshots.copy(temp, Storage.DISK))
                .as("unchanged since the newest")
                .isNull();
        assertThat(Snapshots.list(snapshots())).hasSize(1);
    }

    @Test
    void aDiskShortOfRoomForACopyOpensForChangesWithoutOne() {
        Workspace.create(temp, CLOCK, "Panel", workspace -> {});
        SimulatedDisk disk = SimulatedDisk.ample();
        disk.reportFree(WriteCheck.MIN_FREE_BYTES + 1024);
        addReview("first", disk);
        assertThat(snapshots()).doesNotExist();
        assertThat(reviews()).containsExactly("first");
    }

    @Test
    void aDamagedDatabaseLeavesTheSnapshotsAsTheyWere() throws Exception {
        Workspace.create(temp, CLOCK, "Panel", workspace -> {});
        addReview("first", Storage.DISK);
        List<Path> before = Snapshots.list(snapshots());
        byte[] garbage = new byte[20_000];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(Database.file(temp), garbage);

        assertThatThrownBy(() -> Workspace.open(temp, CLOCK)).isInstanceOf(WorkspaceUnreadableException.class);
        try (var all = Files.list(snapshots())) {
            assertThat(all.toList()).containsExactlyElementsOf(before);
        }
    }
}
