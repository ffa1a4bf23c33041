package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.Actor;
import org.stocktake.shared.PassphraseNeededException;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.InPlaceEncryption;

/**
 * A plain workspace encrypted where it is opens only with the new passphrase, holds everything it held, verifies,
 * and keeps no plain copy of what the panel wrote anywhere in its folder.
 */
class InPlaceEncryptionTest {

    private static final String PASSPHRASE = "plum tree seven lanterns";
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path temp;

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    /** A plain workspace with each kind of thing the panel writes, a snapshot, an index and an automatic backup. */
    static Path plainWorkspace(Path temp) throws IOException {
        Path folder = temp.resolve("plain");
        EncryptionAtRestTest.fill(folder, Files.createDirectory(temp.resolve("scratch")), null);
        try (AppContext context = AppContext.open(folder, CLOCK, new Actor("Test"))) {
            Files.createDirectories(folder.resolve("backups"));
            context.backups().take(folder.resolve("backups").resolve("automatic.zip"), false, Progress.NONE);
        }
        return folder;
    }

    @Test
    void aPlainWorkspaceEncryptedInPlaceOpensOnlyWithThePassphraseAndKeepsNothingPlain() throws IOException {
        Path folder = plainWorkspace(temp);
        assertThat(EncryptionAtRestTest.plainTextFound(folder)).isNotEmpty();

        InPlaceEncryption.encrypt(folder, CLOCK, PASSPHRASE.toCharArray(), Progress.NONE);

        assertThat(EncryptionAtRestTest.plainTextFound(folder)).isEmpty();
        assertThat(folder.resolve(KeyFile.NAME)).exists();
        for (String gone : new String[] {"index", "logs", "snapshots", "backups", ".stocktake-encrypting"}) {
            assertThat(folder.resolve(gone)).as(gone).doesNotExist();
        }
        assertThatThrownBy(() -> AppContext.open(folder, CLOCK, new Actor("Test")))
                .isInstanceOf(PassphraseNeededException.class);
        try (AppContext context = EncryptionAtRestTest.open(folder, PASSPHRASE)) {
            assertThat(context.workspace().encrypted()).isTrue();
            assertThat(context.recommendations().reviews())
                    .anyMatch(r -> r.title().equals(EncryptionAtRestTest.TITLE));
            EvidenceItem item = context.evidence().items().stream()
                    .filter(i -> i.fileName().equals("minutes.txt"))
                    .findFirst()
                    .orElseThrow();
            try (InputStream in = context.evidenceExport().original(item.id())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith(EncryptionAtRestTest.ATTACHMENT);
            }
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("Thistlewood"))
                            .hits())
                    .isNotEmpty();
            assertThat(context.audit().verify().intact()).isTrue();
        }
        assertThat(EncryptionAtRestTest.plainTextFound(folder)).isEmpty();
    }

    @Test
    void anEncryptedWorkspaceOrAShortPassphraseIsRefusedAndNothingChanges() throws IOException {
        Path folder = temp.resolve("plain");
        AppContext.create(folder, CLOCK, AppContext.Contents.EMPTY);
        Map<String, byte[]> before = contents(folder);

        assertThatThrownBy(() -> InPlaceEncryption.encrypt(folder, CLOCK, "short".toCharArray(), Progress.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A passphrase needs at least 8 characters (a few words are best); nothing was changed.");
        assertThatThrownBy(() -> InPlaceEncryption.encrypt(folder, CLOCK, new char[0], Progress.NONE))
                .hasMessage("No new passphrase was given; nothing was changed.");
        assertThat(contents(folder).keySet()).isEqualTo(before.keySet());

        InPlaceEncryption.encrypt(folder, CLOCK, PASSPHRASE.toCharArray(), Progress.NONE);
        Map<String, byte[]> encrypted = contents(folder);
        assertThatThrownBy(() -> InPlaceEncryption.encrypt(folder, CLOCK, PASSPHRASE.toCharArray(), Progress.NONE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The workspace in " + folder + " is encrypted already; nothing was changed. To choose"
                        + " another passphrase, change it instead.");
        assertThat(contents(folder).keySet()).isEqualTo(encrypted.keySet());
    }
}
