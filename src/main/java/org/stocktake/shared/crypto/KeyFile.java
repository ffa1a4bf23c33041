package org.stocktake.shared.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.stocktake.shared.WorkspaceKeyException;
import org.stocktake.shared.WrongPassphraseException;

/**
 * {@code workspace.key}: what an encrypted workspace keeps beside its data to derive its key from the passphrase, the
 * Argon2id salt and costs, and a check value that tells a wrong passphrase apart before the database is touched.
 * Never the passphrase nor the key. Its presence is what marks a workspace as encrypted.
 */
public final class KeyFile {

    public static final String NAME = "workspace.key";

    private static final String FORMAT = "stocktake-workspace-key";
    private static final int VERSION = 1;
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
    private final Argon2id cost;
    private final byte[] salt;
    private final byte[] check;

    private KeyFile(Path folder, Argon2id cost, byte[] salt, byte[] check) {
        this.folder = folder;
        this.cost = cost;
        this.salt = salt;
        this.check = check;
    }

    /** Whether the workspace in {@code folder} is encrypted. */
    public static boolean in(Path folder) {
        return Files.exists(folder.resolve(NAME));
    }

    /**
     * Writes a new key file for {@code passphrase} into {@code folder} and returns the key. The passphrase is left to
     * the caller to clear.
     */
    public static WorkspaceKey create(Path folder, char[] passphrase) throws IOException {
        return create(folder, passphrase, Argon2id.DEFAULT);
    }

    static WorkspaceKey create(Path folder, char[] passphrase, Argon2id cost) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        OnFirstUse.RANDOM.nextBytes(salt);
        WorkspaceKey key = new WorkspaceKey(cost.derive(passphrase, salt));
        ObjectNode json = OnFirstUse.JSON
                .createObjectNode()
                .put("format", FORMAT)
                .put("version", VERSION)
                .put("kdf", "argon2id")
                .put("memoryKiB", cost.memoryKiB())
                .put("iterations", cost.iterations())
                .put("parallelism", cost.parallelism())
                .put("salt", Base64.getEncoder().encodeToString(salt))
                .put("check", Base64.getEncoder().encodeToString(key.check()));
        Path part = folder.resolve(NAME + ".part");
        try (FileChannel channel = FileChannel.open(
                        part,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            out.write(OnFirstUse.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            out.write('\n');
            channel.force(true);
        }
        Files.move(part, folder.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return key;
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
            if (json == null
                    || !FORMAT.equals(json.path("format").asText())
                    || json.path("version").asInt() != VERSION
                    || !"argon2id".equals(json.path("kdf").asText())) {
                throw new IllegalArgumentException("not a key file of this version");
            }
            Argon2id cost = new Argon2id(
                    json.path("memoryKiB").asInt(),
                    json.path("iterations").asInt(),
                    json.path("parallelism").asInt());
            byte[] salt = Base64.getDecoder().decode(json.path("salt").asText());
            byte[] check = Base64.getDecoder().decode(json.path("check").asText());
            if (!cost.plausible() || salt.length != SALT_BYTES || check.length != 32) {
                throw new IllegalArgumentException("values out of range");
            }
            return new KeyFile(folder, cost, salt, check);
        } catch (IllegalArgumentException e) {
            throw damaged(folder, e);
        }
    }

    /**
     * The key {@code passphrase} gives. The passphrase is left to the caller to clear.
     *
     * @throws WrongPassphraseException if it is not this workspace's passphrase
     */
    public WorkspaceKey unlock(char[] passphrase) {
        WorkspaceKey key = new WorkspaceKey(cost.derive(passphrase, salt));
        byte[] computed = key.check();
        boolean right = MessageDigest.isEqual(computed, check);
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
