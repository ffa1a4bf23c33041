package org.stocktake.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.members.service.PanelMembers;
import org.stocktake.shared.Actor;
import org.stocktake.shared.NotAllowedException;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;

/**
 * A workspace open read-only cannot write its trail: a refusal there is still the plain sentence for the one refused,
 * and goes to the log (who, what, the sentence) as an expected event, with no stack trace, instead of the trail.
 */
class ReadOnlyRefusalsTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Logger TRAIL_LOG = Logger.getLogger(AuditTrail.class.getName());

    @TempDir
    Path folder;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        PanelMembers.make(folder, CLOCK);
        TRAIL_LOG.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        TRAIL_LOG.removeHandler(handler);
    }

    @Test
    void aRefusalInAReadOnlyWorkspaceIsThePlainSentenceAndGoesToTheLogNotTheTrail() {
        String sentence = "Steve Robinson is an advisor in this workspace and may not finalise a round; the chair,"
                + " the vice chair or a member may.";
        try (AppContext advisor = AppContext.open(
                folder, CLOCK, new Actor("steve"), Access.READ, Storage.DISK, Passphrase.none(), member -> null)) {
            assertThat(advisor.workspace().readOnlyReason()).isPresent();
            AssessmentRound open = advisor.assessments().allRounds().stream()
                    .filter(r -> !r.isFinal())
                    .findFirst()
                    .orElseThrow();
            assertThatThrownBy(() -> advisor.assessments().finalise(open.id()))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage(sentence);
        }
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getMessage()).contains("Steve Robinson", "finalise", "read-only", sentence);
            assertThat(record.getThrown()).isNull();
        });
        try (AppContext chair = PanelMembers.as(folder, CLOCK, "john", PanelMembers.CHAIR_PASSWORD)) {
            assertThat(chair
                            .audit()
                            .entriesFor(UUID.nameUUIDFromBytes("Steve Robinson".getBytes(StandardCharsets.UTF_8)))
                            .stream()
                            .filter(e -> e.entity().equals(AuditTrail.REFUSAL)))
                    .isEmpty();
            assertThat(chair.audit().verify().intact()).isTrue();
        }
    }
}
