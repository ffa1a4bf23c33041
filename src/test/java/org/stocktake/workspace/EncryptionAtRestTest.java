package org.stocktake.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.app.AppContext.Contents;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.Run;
import org.stocktake.letters.service.Letter;
import org.stocktake.recommendations.service.ReviewDraft;
import org.stocktake.shared.Actor;
import org.stocktake.shared.WorkspaceKeyException;
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.crypto.BrokenSealException;
import org.stocktake.shared.crypto.KeyFile;
import org.stocktake.shared.crypto.Passphrase;
import org.stocktake.shared.persistence.Access;
import org.stocktake.shared.persistence.Storage;
import org.stocktake.shared.store.ContentStore;
import org.stocktake.shared.task.Progress;
import org.stocktake.workspace.service.Workspace;

/**
 * An encrypted workspace keeps nothing the panel wrote in plain text in its folder, opens only with its passphrase,
 * and says in one sentence what is wrong when it cannot be opened, changing nothing.
 */
class EncryptionAtRestTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Actor ACTOR = new Actor("Frances Done");
    private static final String PASSPHRASE = "plum tree seven lanterns";

    static final String TITLE = "Quillfeather review of harbour finances";
    static final String NOTE = "Marigold asks for the harbour workings";
    static final String ANNOTATION = "Thistlewood chased the revised timetable";
    static final String LETTER = "Periwinkle confirms the panel's second visit";
    static final String ATTACHMENT = "The Wrenfield budget gap is nine point four million pounds";

    @TempDir
    Path temp;

    private static Passphrase given(String passphrase) {
        return folder -> passphrase.toCharArray();
    }

    static AppContext open(Path folder, String passphrase) {
        return AppContext.open(folder, CLOCK, ACTOR, Access.WRITE, Storage.DISK, given(passphrase));
    }

    /** A demo workspace, encrypted or not, holding each kind of thing the panel writes, closed again. */
    static void fill(Path folder, Path scratch, String passphrase) throws IOException {
        AppContext.create(
                folder,
                CLOCK,
                ACTOR,
                Contents.DEMO,
                Storage.DISK,
                passphrase == null ? null : passphrase.toCharArray());
        try (AppContext context =
                passphrase == null ? AppContext.open(folder, CLOCK, ACTOR) : open(folder, passphrase)) {
            context.recommendations().createReview(new ReviewDraft("quillfeather", TITLE, null, null, null));
            Path file = Files.writeString(scratch.resolve("minutes.txt"), ATTACHMENT + ". " + ANNOTATION + ".");
            context.evidenceImporter().add(List.of(file), AddOptions.NONE, Progress.NONE);
            EvidenceItem item = context.evidence().items().stream()
                    .filter(i -> i.fileName().equals("minutes.txt"))
                    .findFirst()
                    .orElseThrow();
            int start = (ATTACHMENT + ". ").length();
            context.annotations().add(item.id(), 1, start, start + ANNOTATION.length(), NOTE);
            Letter letter =
                    context.letters().create("Joint letter with the council", "Visit", LocalDate.of(2018, 3, 8));
            List<Block> body = new ArrayList<>(letter.document().body());
            body.add(new Block.Paragraph("known", List.of(Run.plain(LETTER + ".")), null));
            context.letters().save(letter, letter.title(), letter.document().withBody(body));
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("Wrenfield"))
                            .hits())
                    .isNotEmpty();
        }
    }

    /** Each known string, and the files of the folder that hold it in UTF-8 or UTF-16. */
    static Map<String, List<String>> plainTextFound(Path folder) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the folder has files to scan").hasSizeGreaterThan(2);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String known : List.of(TITLE, NOTE, ANNOTATION, LETTER, ATTACHMENT)) {
                for (var charset :
                        List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    if (indexOf(bytes, known.getBytes(charset)) >= 0) {
                        found.computeIfAbsent(known, k -> new ArrayList<>())
                                .add(folder.relativize(file) + " (" + charset + ")");
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every file of the folder, by name, with its bytes: to show that a refusal changed nothing. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private static void assertUnchanged(Map<String, byte[]> before, Path folder) throws IOException {
        Map<String, byte[]> after = contents(folder);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void noFileOfAnEncryptedWorkspaceHoldsWhatThePanelWrote() throws IOException {
        Path folder = temp.resolve("encrypted");
        fill(folder, Files.createDirectory(temp.resolve("scratch")), PASSPHRASE);

        assertThat(plainTextFound(folder)).isEmpty();
        assertThat(folder.resolve(KeyFile.NAME)).exists();
        assertThat(folder.resolve("index")).doesNotExist();
        assertThat(folder.resolve("logs")).doesNotExist();
    }

    @Test
    void aPlainWorkspaceHoldsEachStringSoTheScanCanFail() throws IOException {
        Path folder = temp.resolve("plain");
        fill(folder, Files.createDirectory(temp.resolve("scratch")), null);

        assertThat(plainTextFound(folder)).containsOnlyKeys(TITLE, NOTE, ANNOTATION, LETTER, ATTACHMENT);
    }

    @Test
    void anEncryptedWorkspaceReopensWithItsPassphraseAndSearchesFromMemory() throws IOException {
        Path folder = temp.resolve("encrypted");
        fill(folder, Files.createDirectory(temp.resolve("scratch")), PASSPHRASE);

        try (AppContext context = open(folder, PASSPHRASE)) {
            assertThat(context.workspace().encrypted()).isTrue();
            assertThat(context.recommendations().reviews())
                    .anyMatch(r -> r.title().equals(TITLE));
            EvidenceItem item = context.evidence().items().stream()
                    .filter(i -> i.fileName().equals("minutes.txt"))
                    .findFirst()
                    .orElseThrow();
            try (InputStream in = context.evidenceExport().original(item.id())) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .startsWith(ATTACHMENT);
            }
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("Thistlewood"))
                            .hits())
                    .isNotEmpty();
        }
        assertThat(folder.resolve("index")).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndChangesNothing() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        Map<String, byte[]> before = contents(folder);

        assertThatThrownBy(() -> open(folder, "plum tree seven lantern"))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("That passphrase does not unlock the encrypted workspace in " + folder
                        + "; nothing was changed. Check it (and STOCKTAKE_PASSPHRASE, if set) and try again.");
        assertThatThrownBy(() -> AppContext.open(folder, CLOCK, ACTOR))
                .hasMessageContaining("is encrypted and its passphrase is needed");
        assertUnchanged(before, folder);
    }

    @Test
    void aMissingKeyFileIsToldApartFromADamagedDatabase() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        Files.move(folder.resolve(KeyFile.NAME), temp.resolve("kept-aside.key"));
        Map<String, byte[]> before = contents(folder);

        assertThatThrownBy(() -> open(folder, PASSPHRASE))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessage("The workspace in " + folder + " is encrypted, but its key file 'workspace.key' is missing,"
                        + " so it cannot be unlocked; nothing was changed. Put the file back from a backup of the"
                        + " folder.");
        assertUnchanged(before, folder);
    }

    @Test
    void aDamagedKeyFileSaysSoBeforeAnyPassphraseIsAsked() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        Files.writeString(folder.resolve(KeyFile.NAME), "{ \"format\": \"stocktake-workspace-key\", \"vers");
        Map<String, byte[]> before = contents(folder);

        assertThatThrownBy(() -> AppContext.open(folder, CLOCK, ACTOR, Access.WRITE, Storage.DISK, f -> {
                    throw new AssertionError("no passphrase is asked for a damaged key file");
                }))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessageContaining("'workspace.key' of the encrypted workspace in " + folder + " is damaged");
        assertUnchanged(before, folder);
    }

    @Test
    void anotherWorkspacesKeyFileIsRefusedByTheDatabaseItselfAndChangesNothing() throws IOException {
        Path folder = temp.resolve("encrypted");
        Path other = temp.resolve("other");
        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        AppContext.create(other, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        Files.copy(
                other.resolve(KeyFile.NAME),
                folder.resolve(KeyFile.NAME),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, byte[]> before = contents(folder);

        assertThatThrownBy(() -> open(folder, PASSPHRASE))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessageContaining("does not belong to the workspace's database");
        assertUnchanged(before, folder);
    }

    @Test
    void aTamperedStoredFileIsAClearErrorNotWrongBytes() throws IOException {
        Path folder = temp.resolve("encrypted");
        fill(folder, Files.createDirectory(temp.resolve("scratch")), PASSPHRASE);
        String sha;
        try (AppContext context = open(folder, PASSPHRASE)) {
            sha = context.evidence().items().stream()
                    .filter(i -> i.fileName().equals("minutes.txt"))
                    .findFirst()
                    .orElseThrow()
                    .sha256();
        }
        Path stored =
                folder.resolve(ContentStore.FOLDER).resolve(sha.substring(0, 2)).resolve(sha.substring(2));
        stored.toFile().setWritable(true);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 20] ^= 0x20;
        Files.write(stored, bytes);

        try (AppContext context = open(folder, PASSPHRASE)) {
            assertThat(context.store().intact(sha)).isFalse();
            assertThatThrownBy(() -> {
                        try (InputStream in = context.store().open(sha)) {
                            in.readAllBytes();
                        }
                    })
                    .isInstanceOf(BrokenSealException.class)
                    .hasMessage("The stored file " + sha.substring(0, 12) + "… in the workspace's evidence folder was"
                            + " altered or damaged, so it cannot be read; restore the workspace folder from a backup.");
        }
    }

    @Test
    void aKeyFileLeftByACreationCutShortDoesNotMarkTheNextWorkspaceAsEncrypted() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("panel"));
        Files.writeString(folder.resolve(KeyFile.NAME), "{}");

        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, null);

        assertThat(Workspace.isEncrypted(folder)).isFalse();
        try (AppContext context = AppContext.open(folder, CLOCK, ACTOR)) {
            assertThat(context.workspace().encrypted()).isFalse();
        }
    }

    @Test
    void theSameFileAddedTwiceIsKeptOnce() throws IOException {
        Path folder = temp.resolve("encrypted");
        AppContext.create(folder, CLOCK, ACTOR, Contents.EMPTY, Storage.DISK, PASSPHRASE.toCharArray());
        try (AppContext context = open(folder, PASSPHRASE)) {
            var first = context.store().put(ATTACHMENT.getBytes(StandardCharsets.UTF_8), "a.txt");
            var second = context.store().put(ATTACHMENT.getBytes(StandardCharsets.UTF_8), "b.txt");
            assertThat(second.sha256()).isEqualTo(first.sha256());
            assertThat(second.alreadyStored()).isTrue();
            assertThat(context.store().size(first.sha256())).isEqualTo(ATTACHMENT.length());
            assertThat(Workspace.isEncrypted(folder)).isTrue();
        }
    }
}
