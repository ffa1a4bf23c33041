package org.stocktake.shared.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.stocktake.shared.WorkspaceKeyException;
import org.stocktake.shared.WrongPassphraseException;
import org.stocktake.shared.files.AtomicFile;
import org.stocktake.shared.files.FileWriteException;

/**
 * {@code workspace.key}: what an encrypted workspace keeps beside its data to unlock it with the passphrase. Since
 * version 2 the workspace's data is under a random data key, and the file keeps that key sealed (AES-GCM) under the key
 * Argon2id derives from the passphrase, with the salt and costs: changing the passphrase rewrites this one small file
 * and nothing else. Version 1 (the first encrypted workspaces) used the derived key itself as the data key and kept
 * a check value; it is still read, and a passphrase change writes it forward as version 2 around that same key. Never
 * the passphrase nor a usable key. Its presence is what marks a workspace as encrypted.
 */
public final class KeyFile {

    public static final String NAME = "workspace.key";

    private static final String FORMAT = "stocktake-workspace-key";
    /** The derived key is the data key; a check value tells a wrong passphrase. */
    static final int DERIVED = 1;
    /** A random data key, sealed under the derived key. */
    static final int WRAPPED = 2;

    private static final int SALT_BYTES = 16;

    /**
     * Made on first use, not when the class loads: every opening asks {@link #in} whether a workspace is encrypted,
     * and starting Jackson and the random source cost a plain workspace's command about a fifth of its start.
     */
    private static final class OnFirstUse {
        static final ObjectMapper JSON = new ObjectMapper();
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final Path folder;
    private final int version;
    private final Argon2id cost;
    private final byte[] salt;
    /** The check value (version 1) or the sealed data key (version 2). */
    private final byte[] sealedOrCheck;

    private KeyFile(Path folder, int version, Argon2id cost, byte[] salt, byte[] sealedOrCheck) {
        this.folder = folder;
        this.version = version;
        this.cost = cost;
        this.salt = salt;
        this.sealedOrCheck = sealedOrCheck;
    }

    /** Whether the workspace in {@code folder} is encrypted. */
    public static boolean in(Path folder) {
        return Files.exists(folder.resolve(NAME));
    }

    /**
     * Writes a new key file for {@code passphrase} into {@code folder}, around a new random data key, and returns that
     * key. The passphrase is left to the caller to clear.
     */
    public static WorkspaceKey create(Path folder, char[] passphrase) throws IOException {
        return create(folder, passphrase, Argon2id.DEFAULT);
    }

    static WorkspaceKey create(Path folder, char[] passphrase, Argon2id cost) throws IOException {
        byte[] data = new byte[Argon2id.KEY_BYTES];
        OnFirstUse.RANDOM.nextBytes(data);
        WorkspaceKey key = new WorkspaceKey(data);
        try {
            write(folder, key, passphrase, cost);
        } catch (FileWriteException e) {
            key.close();
            throw e.getCause();
        }
        return key;
    }

    /**
     * Replaces the key file in {@code folder} with one that opens {@code key} under {@code passphrase}: the data stays
     * under the same key, so nothing else in the folder is touched. The new file is written beside the old one, forced
     * to disk and moved over it in one step, so a crash leaves the old file or the new one, never neither. The
     * passphrase is left to the caller to clear.
     *
     * @throws FileWriteException if the file cannot be written (a read-only folder, a full disk); the old one stays
     */
    public static void rewrap(Path folder, WorkspaceKey key, char[] passphrase) {
        write(folder, key, passphrase, Argon2id.DEFAULT);
    }

    static void rewrap(Path folder, WorkspaceKey key, char[] passphrase, Argon2id cost) {
        write(folder, key, passphrase, cost);
    }

    private static void write(Path folder, WorkspaceKey key, char[] passphrase, Argon2id cost) {
        byte[] salt = new byte[SALT_BYTES];
        OnFirstUse.RANDOM.nextBytes(salt);
        byte[] wrapping = cost.derive(passphrase, salt);
        byte[] data = key.secret();
        byte[] sealed;
        try {
            sealed = KeyWrap.wrap(wrapping, data, bound(WRAPPED, cost, salt));
        } finally {
            Arrays.fill(wrapping, (byte) 0);
            Arrays.fill(data, (byte) 0);
        }
        ObjectNode json = OnFirstUse.JSON
                .createObjectNode()
                .put("format", FORMAT)
                .put("version", WRAPPED)
                .put("kdf", "argon2id")
                .put("memoryKiB", cost.memoryKiB())
                .put("iterations", cost.iterations())
                .put("parallelism", cost.parallelism())
                .put("salt", Base64.getEncoder().encodeToString(salt))
                .put("key", Base64.getEncoder().encodeToString(sealed));
        AtomicFile.write(folder.resolve(NAME), out -> {
            out.write(OnFirstUse.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            out.write('\n');
        });
    }

    /** The fields a sealed data key is bound to, so that none of them can be altered unnoticed. */
    private static String bound(int version, Argon2id cost, byte[] salt) {
        return FORMAT + "/" + version + "/argon2id/" + cost.memoryKiB() + "/" + cost.iterations() + "/"
                + cost.parallelism() + "/" + Base64.getEncoder().encodeToString(salt);
    }

    /**
     * The key file of the encrypted workspace in {@code folder}, read and checked for shape before any passphrase is
     * asked for.
     *
     * @throws WorkspaceKeyException if it is missing, unreadable or damaged
     */
    public static KeyFile read(Path folder) {
        Path file = folder.resolve(NAME);
        JsonNode json;
        try {
            json = OnFirstUse.JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw missing(folder);
        } catch (IOException e) {
            throw damaged(folder, e);
        }
        try {
            int version = json == null ? 0 : json.path("version").asInt();
            if (json == null
                    || !FORMAT.equals(json.path("format").asText())
                    || (version != DERIVED && version != WRAPPED)
                    || !"argon2id".equals(json.path("kdf").asText())) {
                throw new IllegalArgumentException("not a key file of a known version");
            }
            Argon2id cost = new Argon2id(
                    json.path("memoryKiB").asInt(),
                    json.path("iterations").asInt(),
                    json.path("parallelism").asInt());
            byte[] salt = Base64.getDecoder().decode(json.path("salt").asText());
            byte[] sealedOrCheck = Base64.getDecoder()
                    .decode(json.path(version == DERIVED ? "check" : "key").asText());
            int expected = version == DERIVED ? 32 : 12 + Argon2id.KEY_BYTES + 16;
            if (!cost.plausible() || salt.length != SALT_BYTES || sealedOrCheck.length != expected) {
                throw new IllegalArgumentException("values out of range");
            }
            return new KeyFile(folder, version, cost, salt, sealedOrCheck);
        } catch (IllegalArgumentException e) {
            throw damaged(folder, e);
        }
    }

    /** The version of the file as read: 1 for the first encrypted workspaces, 2 since passphrases can change. */
    public int version() {
        return version;
    }

    /**
     * The key {@code passphrase} gives. The passphrase is left to the caller to clear.
     *
     * @throws WrongPassphraseException if it is not this workspace's passphrase
     */
    public WorkspaceKey unlock(char[] passphrase) {
        byte[] derived = cost.derive(passphrase, salt);
        if (version == WRAPPED) {
            try {
                return KeyWrap.unwrap(derived, sealedOrCheck, bound(WRAPPED, cost, salt))
                        .map(WorkspaceKey::new)
                        .orElseThrow(() -> new WrongPassphraseException(folder));
            } finally {
                Arrays.fill(derived, (byte) 0);
            }
        }
        WorkspaceKey key = new WorkspaceKey(derived);
        byte[] computed = key.check();
        boolean right = MessageDigest.isEqual(computed, sealedOrCheck);
        Arrays.fill(computed, (byte) 0);
        if (!right) {
            key.close();
            throw new WrongPassphraseException(folder);
        }
        return key;
    }

    /** The sentence for an encrypted database whose key file is gone. */
    public static WorkspaceKeyException missing(Path folder) {
        return new WorkspaceKeyException("The workspace in " + folder + " is encrypted, but its key file '" + NAME
                + "' is missing, so it cannot be unlocked; nothing was changed. Put the file back from a backup of the"
                + " folder.");
    }

    private static WorkspaceKeyException damaged(Path folder, Exception cause) {
        return new WorkspaceKeyException(
                "The key file '" + NAME + "' of the encrypted workspace in " + folder + " is damaged, so it cannot be"
                        + " unlocked; nothing was changed. Put the file back from a backup of the folder.",
                cause);
    }
}
