package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
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
import org.stocktake.app.AppContext.Contents;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.workspace.service.PassphraseChange;

/**
 * A passphrase change rewrites only the key file: the new passphrase opens everything the old one did, the old one
 * opens nothing, and a refused change leaves every byte as it was. A workspace made before the data key existed is
 * moved forward by the same change.
 */
class PassphraseChangeTest {

    private static final String OLD = "plum tree seven lanterns";
    private static final String NEW = "quiet harbour amber kite";
    /** The passphrase the kept workspace of the first key file version was made under. */
    static final String FIXTURE_PASSPHRASE = "old passphrase one";

    static final String FIXTURE_TEXT =
            "The council's plan for the old key file fixture: a sentence to find after a passphrase change.";

    @TempDir
    Path temp;

    /** Every file of the folder but the key file, with its bytes. */
    private static Map<String, byte[]> allButTheKey(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.equals(KeyFile.NAME) && !name.startsWith("snapshots")) {
                    contents.put(name, Files.readAllBytes(file));
                }
            }
        }
        return contents;
    }

    private static Map<String, byte[]> everything(Path folder) throws IOException {
        Map<String, byte[]> contents = allButTheKey(folder);
        contents.put(KeyFile.NAME, Files.readAllBytes(folder.resolve(KeyFile.NAME)));
        return contents;
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    /** A copy of the workspace kept from before the data key: its key file is version 1. */
    static Path firstVersionWorkspace(Path into) throws IOException {
        Path kept;
        try {
            kept = Path.of(PassphraseChangeTest.class
                    .getResource("/workspaces/encrypted-v1")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> all = Files.walk(kept)) {
            for (Path from : all.toList()) {
                Path to = into.resolve(kept.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return into;
    }

    static String storedText(AppContext context) throws IOException {
        EvidenceItem item = context.evidence().items().get(0);
        try (InputStream in = context.evidenceExport().original(item.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theNewPassphraseOpensEverythingAndTheOldOneNothing() throws IOException {
        Path folder = temp.resolve("encrypted");
        EncryptionAtRestTest.fill(folder, Files.createDirectory(temp.resolve("scratch")), OLD);
        Map<String, byte[]> before = allButTheKey(folder);

        PassphraseChange.change(folder, OLD.toCharArray(), NEW.toCharArray());

        assertSame(before, allButTheKey(folder));
        assertThat(KeyFile.read(folder).version()).isEqualTo(2);
        assertThatThrownBy(() -> EncryptionAtRestTest.open(folder, OLD)).isInstanceOf(WrongPassphraseException.class);
        try (AppContext context = EncryptionAtRestTest.open(folder, NEW)) {
            assertThat(context.recommendations().reviews())
                    .anyMatch(r -> r.title().equals(EncryptionAtRestTest.TITLE));
            assertThat(context.audit().verify().intact()).isTrue();
        }
        assertThat(EncryptionAtRestTest.plainTextFound(folder)).isEmpty();
    }

    @Test
    void aWorkspaceFromBeforeTheDataKeyOpensAndIsMovedForwardByAChange() throws IOException {
        Path folder = firstVersionWorkspace(temp.resolve("first"));
        assertThat(KeyFile.read(folder).version()).isEqualTo(1);
        try (AppContext context = EncryptionAtRestTest.open(folder, FIXTURE_PASSPHRASE)) {
            assertThat(storedText(context)).startsWith(FIXTURE_TEXT);
        }

        PassphraseChange.change(folder, FIXTURE_PASSPHRASE.toCharArray(), NEW.toCharArray());

        assertThat(KeyFile.read(folder).version()).isEqualTo(2);
        assertThatThrownBy(() -> EncryptionAtRestTest.open(folder, FIXTURE_PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
        try (AppContext context = EncryptionAtRestTest.open(folder, NEW)) {
            assertThat(storedText(context)).startsWith(FIXTURE_TEXT);
            assertThat(context.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aWrongCurrentPassphraseIsOneSentenceAndChangesNoByte() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(
                folder, Clock.systemUTC(), new Actor("Test"), Contents.EMPTY, Storage.DISK, OLD.toCharArray());
        Map<String, byte[]> before = everything(folder);

        assertThatThrownBy(() ->
                        PassphraseChange.change(folder, "plum tree seven lantern".toCharArray(), NEW.toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("That passphrase does not unlock the encrypted workspace in " + folder
                        + "; nothing was changed. Check it (and STOCKTAKE_PASSPHRASE, if set) and try again.");
        assertSame(before, everything(folder));
    }

    @Test
    void anEmptyOrShortNewPassphraseOrAPlainWorkspaceIsRefusedAndNothingChanges() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(
                folder, Clock.systemUTC(), new Actor("Test"), Contents.EMPTY, Storage.DISK, OLD.toCharArray());
        Map<String, byte[]> before = everything(folder);

        assertThatThrownBy(() -> PassphraseChange.change(folder, OLD.toCharArray(), new char[0]))
                .isInstanceOf(ValidationException.class)
                .hasMessage("No new passphrase was given; nothing was changed.");
        assertThatThrownBy(() -> PassphraseChange.change(folder, OLD.toCharArray(), "short".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("A passphrase needs at least 8 characters (a few words are best); nothing was changed.");
        assertSame(before, everything(folder));

        Path plain = temp.resolve("plain");
        AppContext.create(plain, Clock.systemUTC(), new Actor("Test"), Contents.EMPTY, Storage.DISK, null);
        assertThatThrownBy(() -> PassphraseChange.change(plain, OLD.toCharArray(), NEW.toCharArray()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The workspace in " + plain + " is not encrypted, so it has no passphrase to change;"
                        + " encrypt it first.");
        assertThat(plain.resolve(KeyFile.NAME)).doesNotExist();
    }

    @Test
    void theChangeMayBeMadeWhileTheWorkspaceIsOpen() throws IOException {
        Path folder = temp.resolve("encrypted");
        EncryptionAtRestTest.fill(folder, Files.createDirectory(temp.resolve("scratch")), OLD);

        try (AppContext context = EncryptionAtRestTest.open(folder, OLD)) {
            PassphraseChange.change(folder, OLD.toCharArray(), NEW.toCharArray());
            context.recommendations()
                    .createReview(new org.stocktake.recommendations.service.ReviewDraft(
                            "after", "Written after the change", null, null, null));
        }
        try (AppContext context = EncryptionAtRestTest.open(folder, NEW)) {
            assertThat(context.recommendations().reviews())
                    .anyMatch(r -> r.title().equals("Written after the change"));
            assertThat(context.audit().verify().intact()).isTrue();
        }
    }
}
