package org.stocktake.workspace.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.Actor;

/** The file naming who has a workspace open: written whole, read warily, removed only by its own holder. */
class HolderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:14:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void whatIsWrittenIsReadBackAndBelievedWhileItsProcessLives() {
        Holder mine = Holder.thisProcess(new Actor("Frances Done"), CLOCK);
        mine.writeTo(folder);
        assertThat(Holder.readFrom(folder)).contains(mine);
        assertThat(mine.believable()).isTrue();
        assertThat(mine.describe())
                .startsWith("Frances Done has had it open for changes on ")
                .contains(" since ");
    }

    @Test
    void aHolderOnThisMachineWhoseProcessHasGoneIsNotBelieved() throws Exception {
        Process gone = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        Holder mine = Holder.thisProcess(new Actor("Frances Done"), CLOCK);
        Holder stale = new Holder(mine.user(), mine.machine(), gone.pid(), mine.since());
        assertThat(stale.believable()).isFalse();
        assertThat(new Holder("Frances Done", "another-machine", gone.pid(), mine.since()).believable())
                .isTrue();
    }

    @Test
    void itIsRemovedByItsHolderAndNeverByAnother() {
        Holder mine = Holder.thisProcess(new Actor("Frances Done"), CLOCK);
        Holder other = new Holder("John Crabtree", "panel-laptop", 4242, CLOCK.instant());
        other.writeTo(folder);
        mine.clearFrom(folder);
        assertThat(Holder.readFrom(folder)).contains(other);
        other.clearFrom(folder);
        assertThat(folder.resolve(Holder.FILE_NAME)).doesNotExist();
    }

    @Test
    void aDamagedHugeOrMisleadingFileIsIgnoredOrMadePlain() throws Exception {
        Path file = folder.resolve(Holder.FILE_NAME);
        Files.writeString(file, "user=Frances\nmachine=m\nprocess=twelve\nsince=2026-11-30T09:14:00Z\n");
        assertThat(Holder.readFrom(folder)).isEmpty();
        Files.writeString(file, "user=" + "x".repeat(10_000) + "\nmachine=m\nprocess=1\nsince=2026-11-30T09:14:00Z\n");
        assertThat(Holder.readFrom(folder)).isEmpty();
        Files.writeString(file, "machine=m\nprocess=1\nsince=2026-11-30T09:14:00Z\n");
        assertThat(Holder.readFrom(folder)).isEmpty();
        Files.writeString(
                file,
                "user=Frances\\u001b[31m Done " + "y".repeat(300)
                        + "\nmachine=m\nprocess=1\nsince=2026-11-30T09:14:00Z\n");
        assertThat(Holder.readFrom(folder)).hasValueSatisfying(holder -> {
            assertThat(holder.user())
                    .doesNotContain("\u001b")
                    .startsWith("Frances [31m Done")
                    .endsWith("…");
            assertThat(holder.user()).hasSizeLessThan(130);
        });
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(Holder.readFrom(folder)).isEmpty();
    }
}
