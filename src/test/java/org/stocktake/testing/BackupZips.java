package org.stocktake.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.stocktake.backup.service.BackupManifest;

/**
 * Backup files taken apart and put back together with something changed, for the tests that make hostile ones: a
 * backup as its entries by name, rewritten with its manifest edited, with an entry added, or with an entry marked as
 * a link.
 */
public final class BackupZips {

    private BackupZips() {}

    /** Every entry of the zip, by name, in the zip's order. */
    public static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                files.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return files;
    }

    /** The manifest among {@code files}, to edit. */
    public static ObjectNode manifest(Map<String, byte[]> files) throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(files.get(BackupManifest.NAME));
    }

    /** A new zip in {@code folder} of the files, with their manifest (written last) changed by {@code change}. */
    public static Path write(Path folder, Map<String, byte[]> files, Consumer<ObjectNode> change) {
        try {
            ObjectNode manifest = manifest(files);
            change.accept(manifest);
            Path zip = folder.resolve("hostile-" + System.nanoTime() + ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    if (!file.getKey().equals(BackupManifest.NAME)) {
                        out.putNextEntry(new ZipEntry(file.getKey()));
                        out.write(file.getValue());
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new ZipEntry(BackupManifest.NAME));
                out.write(new ObjectMapper().writeValueAsBytes(manifest));
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup with one more entry, {@code name}, listed in its manifest with its true hash. */
    public static Path withExtra(Path folder, Map<String, byte[]> base, String name) {
        Map<String, byte[]> files = new LinkedHashMap<>(base);
        byte[] content = "outside".getBytes(StandardCharsets.UTF_8);
        files.put(name, content);
        return write(folder, files, m -> listed(m, name, content));
    }

    /** Lists an entry in the manifest with its true size and hash. */
    public static void listed(ObjectNode manifest, String name, byte[] content) {
        ((ArrayNode) manifest.get("entries"))
                .addObject()
                .put("path", name)
                .put("size", content.length)
                .put("sha256", sha256(content));
    }

    /** Records the entry as a unix symbolic link in the zip's central directory, as {@code zip --symlinks} does. */
    public static void markAsLink(Path zip, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + wanted.length <= bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && (buffer.getShort(at + 28) & 0xffff) == wanted.length) {
                byte[] found = new byte[wanted.length];
                buffer.get(at + 46, found);
                if (Arrays.equals(found, wanted)) {
                    buffer.put(at + 5, (byte) 3);
                    buffer.putInt(at + 38, 0120777 << 16);
                    Files.write(zip, bytes);
                    return;
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
