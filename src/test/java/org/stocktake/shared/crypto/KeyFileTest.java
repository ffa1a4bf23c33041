package org.stocktake.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.WorkspaceKeyException;
import org.stocktake.shared.WrongPassphraseException;

/** The key file: only the passphrase it was made with unlocks it, and it never holds that passphrase. */
class KeyFileTest {

    /** Cheap costs: these tests are about the file, not about Argon2id's strength. */
    private static final Argon2id CHEAP = new Argon2id(1024, 1, 1);

    @TempDir
    Path temp;

    @Test
    void theRightPassphraseGivesTheSameKeyAndAWrongOneIsRefused() throws IOException {
        char[] databasePassword;
        try (WorkspaceKey made = KeyFile.create(temp, "correct horse battery".toCharArray(), CHEAP)) {
            databasePassword = made.databasePassword();
        }

        try (WorkspaceKey unlocked = KeyFile.read(temp).unlock("correct horse battery".toCharArray())) {
            assertThat(unlocked.databasePassword()).isEqualTo(databasePassword);
        }
        assertThatThrownBy(() -> KeyFile.read(temp).unlock("correct horse batterY".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("does not unlock the encrypted workspace");
    }

    @Test
    void theFileKeepsTheSaltAndCostsButNeitherPassphraseNorKey() throws IOException {
        char[] databasePassword;
        try (WorkspaceKey made = KeyFile.create(temp, "correct horse battery".toCharArray(), CHEAP)) {
            databasePassword = made.databasePassword();
        }
        String file = Files.readString(temp.resolve(KeyFile.NAME), StandardCharsets.UTF_8);

        assertThat(file)
                .contains("\"kdf\" : \"argon2id\"", "\"memoryKiB\" : 1024", "\"salt\"", "\"key\"")
                .doesNotContain("correct horse battery", new String(databasePassword));
    }

    @Test
    void aMissingOrDamagedFileIsToldApartFromAWrongPassphrase() throws IOException {
        assertThatThrownBy(() -> KeyFile.read(temp))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessageContaining("is missing");
        Files.writeString(temp.resolve(KeyFile.NAME), "{\"format\": \"stocktake-workspace-key\", \"version\": 1}");
        assertThatThrownBy(() -> KeyFile.read(temp))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessageContaining("is damaged");
        Files.writeString(temp.resolve(KeyFile.NAME), "not json at all");
        assertThatThrownBy(() -> KeyFile.read(temp))
                .isInstanceOf(WorkspaceKeyException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aFileAskingForAbsurdCostsIsDamagedNotObeyed() throws IOException {
        try (WorkspaceKey made = KeyFile.create(temp, "pass".toCharArray(), CHEAP)) {
            // Only the file matters here.
        }
        Path file = temp.resolve(KeyFile.NAME);
        Files.writeString(file, Files.readString(file).replace("\"iterations\" : 1", "\"iterations\" : 100000"));
        assertThatThrownBy(() -> KeyFile.read(temp)).hasMessageContaining("is damaged");
    }

    @Test
    void aNewPassphraseOpensTheSameKeyAndTheOldOneNoLonger() throws IOException {
        char[] databasePassword;
        try (WorkspaceKey made = KeyFile.create(temp, "correct horse battery".toCharArray(), CHEAP)) {
            databasePassword = made.databasePassword();
            KeyFile.rewrap(temp, made, "staple paper clip".toCharArray(), CHEAP);
        }

        try (WorkspaceKey unlocked = KeyFile.read(temp).unlock("staple paper clip".toCharArray())) {
            assertThat(unlocked.databasePassword()).isEqualTo(databasePassword);
        }
        assertThatThrownBy(() -> KeyFile.read(temp).unlock("correct horse battery".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(KeyFile.read(temp).version()).isEqualTo(KeyFile.WRAPPED);
    }

    @Test
    void aFirstVersionFileStillOpensAndIsWrittenForwardAroundTheSameKey() throws IOException {
        char[] databasePassword = writeFirstVersion(temp, "correct horse battery");

        KeyFile first = KeyFile.read(temp);
        assertThat(first.version()).isEqualTo(KeyFile.DERIVED);
        try (WorkspaceKey unlocked = first.unlock("correct horse battery".toCharArray())) {
            assertThat(unlocked.databasePassword()).isEqualTo(databasePassword);
            KeyFile.rewrap(temp, unlocked, "staple paper clip".toCharArray(), CHEAP);
        }

        KeyFile forward = KeyFile.read(temp);
        assertThat(forward.version()).isEqualTo(KeyFile.WRAPPED);
        try (WorkspaceKey unlocked = forward.unlock("staple paper clip".toCharArray())) {
            assertThat(unlocked.databasePassword()).isEqualTo(databasePassword);
        }
    }

    @Test
    void aSaltOrCostAlteredInTheFileFailsTheCheckRatherThanGivingAnotherKey() throws IOException {
        try (WorkspaceKey made = KeyFile.create(temp, "correct horse battery".toCharArray(), CHEAP)) {
            // Only the file matters here.
        }
        Path file = temp.resolve(KeyFile.NAME);
        Files.writeString(file, Files.readString(file).replace("\"memoryKiB\" : 1024", "\"memoryKiB\" : 2048"));

        assertThatThrownBy(() -> KeyFile.read(temp).unlock("correct horse battery".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }

    /**
     * A key file as the first encrypted workspaces wrote it: the derived key is the data key, with a check value.
     * Returns the database password it gives.
     */
    static char[] writeFirstVersion(Path folder, String passphrase) throws IOException {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        try (WorkspaceKey key = new WorkspaceKey(CHEAP.derive(passphrase.toCharArray(), salt))) {
            java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
            Files.writeString(
                    folder.resolve(KeyFile.NAME),
                    "{\"format\": \"stocktake-workspace-key\", \"version\": 1, \"kdf\": \"argon2id\","
                            + " \"memoryKiB\": 1024, \"iterations\": 1, \"parallelism\": 1, \"salt\": \""
                            + base64.encodeToString(salt) + "\", \"check\": \"" + base64.encodeToString(key.check())
                            + "\"}");
            return key.databasePassword();
        }
    }
}
