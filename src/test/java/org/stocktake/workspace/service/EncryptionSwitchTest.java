package org.stocktake.workspace.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.shared.Actor;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Database;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.task.Progress;

/**
 * The switch of an encryption in place, stopped at each of its steps as a kill would stop it: the next opening
 * finishes it and the workspace opens encrypted and whole; a build never marked ready is removed and the workspace
 * opens plain. A random kill rarely lands in the few milliseconds the switch takes, so its steps are set up here.
 */
class EncryptionSwitchTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor ACTOR = new Actor("Test");
    private static final String PASSPHRASE = "plum tree seven lanterns";
    private static final String TEXT = "The Wrenfield budget gap is nine point four million pounds.";

    @TempDir
    Path temp;

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path each : all.toList()) {
                Path target = to.resolve(from.relativize(each).toString());
                if (Files.isDirectory(each)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(each, target);
                }
            }
        }
    }

    /**
     * A plain workspace holding a stored file, with beside it in its hidden build the encrypted workspace its
     * encryption would put in place (made by encrypting a copy of it), marked ready when {@code ready}.
     */
    private Path builtBeside(boolean ready) throws IOException {
        Path plain = temp.resolve("plain");
        AppContext.create(plain, CLOCK, ACTOR, Contents.DEMO, Storage.DISK, null);
        Path file = Files.writeString(temp.resolve("minutes.txt"), TEXT);
        try (AppContext context = AppContext.open(plain, CLOCK, ACTOR)) {
            context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
        }
        Path encrypted = temp.resolve("encrypted");
        copy(plain, encrypted);
        InPlaceEncryption.encrypt(encrypted, CLOCK, PASSPHRASE.toCharArray(), Progress.NONE);
        Path build = plain.resolve(EncryptionSwitch.BUILD);
        Files.createDirectories(build);
        Files.copy(Database.file(encrypted), Database.file(build));
        Files.copy(encrypted.resolve(KeyFile.NAME), build.resolve(KeyFile.NAME));
        copy(encrypted.resolve("evidence"), build.resolve("evidence"));
        if (ready) {
            EncryptionSwitch.markReady(build);
        }
        return plain;
    }

    private static void assertOpensEncryptedAndWhole(Path folder) throws IOException {
        assertThat(Workspace.isEncrypted(folder)).isTrue();
        try (AppContext context =
                AppContext.open(folder, CLOCK, ACTOR, Access.WRITE, Storage.DISK, f -> PASSPHRASE.toCharArray())) {
            assertThat(context.workspace().encrypted()).isTrue();
            assertThat(context.recommendations().reviews()).isNotEmpty();
            var item = context.evidence().items().get(0);
            try (var in = context.evidenceExport().original(item.id())) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(TEXT);
            }
            assertThat(context.audit().verify().intact()).isTrue();
        }
        assertThat(folder.resolve(EncryptionSwitch.BUILD)).doesNotExist();
        assertThat(folder.resolve("index")).doesNotExist();
    }

    @Test
    void aSwitchMarkedReadyButNotStartedIsFinishedByTheNextOpening() throws IOException {
        Path folder = builtBeside(true);
        assertOpensEncryptedAndWhole(folder);
    }

    @Test
    void aSwitchStoppedAfterTheFilesAndTheDatabaseButBeforeTheKeyIsFinished() throws IOException {
        Path folder = builtBeside(true);
        Path build = folder.resolve(EncryptionSwitch.BUILD);
        try (Stream<Path> sealed = Files.walk(build.resolve("evidence"))) {
            for (Path file : sealed.filter(Files::isRegularFile).toList()) {
                Files.move(
                        file,
                        folder.resolve("evidence")
                                .resolve(build.resolve("evidence")
                                        .relativize(file)
                                        .toString()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(Database.file(build), Database.file(folder), StandardCopyOption.REPLACE_EXISTING);

        assertOpensEncryptedAndWhole(folder);
    }

    @Test
    void aSwitchStoppedBeforeRemovingItsBuildIsFinished() throws IOException {
        Path folder = builtBeside(true);
        EncryptionSwitch.finishIfStarted(folder);
        Path build = Files.createDirectories(folder.resolve(EncryptionSwitch.BUILD));
        EncryptionSwitch.markReady(build);

        assertOpensEncryptedAndWhole(folder);
    }

    @Test
    void aBuildNeverMarkedReadyIsRemovedAndTheWorkspaceOpensPlain() throws IOException {
        Path folder = builtBeside(false);

        assertThat(Workspace.isEncrypted(folder)).isFalse();
        try (AppContext context = AppContext.open(folder, CLOCK, ACTOR)) {
            assertThat(context.workspace().encrypted()).isFalse();
            assertThat(context.audit().verify().intact()).isTrue();
        }
        assertThat(folder.resolve(EncryptionSwitch.BUILD)).doesNotExist();
        assertThat(folder.resolve(KeyFile.NAME)).doesNotExist();
    }
}
