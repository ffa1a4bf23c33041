package org.stocktake.signing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.signing.TestImages;

/** Keeping a signature picture and trusting a certificate are changes held to the member's role, and audited. */
class SignaturePicturesTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path folder;

    @Test
    void anObserverMayNotKeepAPictureAndNothingIsStored() {
        PanelMembers.make(folder, CLOCK);
        Set<String> before;
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            before = chair.store().stored();
        }

        try (AppContext observer = PanelMembers.as(folder, CLOCK, "mike", null)) {
            assertThatThrownBy(() -> observer.signaturePictures()
                            .set("Mike Tomlinson", TestImages.handwrittenSignature(), "mike.png"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("may not draft letters");
            assertThatThrownBy(() -> observer.trustList().add(new byte[] {1, 2, 3}, "root.pem"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("may not change the workspace's trust list");
            assertThat(observer.store().stored()).isEqualTo(before);
            assertThat(observer.signaturePictures().all()).isEmpty();
        }
    }

    @Test
    void aKeptPictureIsInTheStoreAndTheTrailAndSurvivesReopening() {
        PanelMembers.make(folder, CLOCK);
        SignaturePicture kept;
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            kept = chair.signaturePictures().set("John Crabtree", TestImages.handwrittenSignature(), "john.png");
            assertThat(chair.audit().entriesFor(kept.uuid())).hasSize(1);
        }
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThat(chair.store().contains(kept.sha256())).isTrue();
            assertThat(chair.signaturePictures().forSignatory(kept.person(), null))
                    .isEqualTo(TestImages.handwrittenSignature());
            assertThat(chair.audit().verify().intact()).isTrue();
        }
    }
}
