package org.stocktake.backup.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a backup says it holds: which workspace, when and by whom it was taken, and each file with its size and
 * SHA-256. A restore trusts nothing in the zip that this list does not vouch for.
 */
public record BackupManifest(
        int formatVersion,
        String workspaceName,
        UUID workspaceId,
        OffsetDateTime takenAt,
        String takenBy,
        List<Entry> entries) {

    /** The manifest's own name inside the zip. */
    public static final String NAME = "manifest.json";

    /** The one layout this version writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** One file of the workspace: its path inside the folder ({@code /}-separated), size and SHA-256 in hex. */
    public record Entry(String path, long size, String sha256) {}

    public BackupManifest {
        entries = List.copyOf(entries);
    }

    /** The entries by path. */
    public Map<String, Entry> byPath() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.path(), e));
        return map;
    }

    /** The bytes of all files together, as the manifest states them. */
    public long totalSize() {
        return entries.stream().mapToLong(Entry::size).sum();
    }

    byte[] toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", formatVersion);
        root.put("workspaceName", workspaceName);
        root.put("workspaceId", workspaceId == null ? null : workspaceId.toString());
        root.put("takenAt", takenAt.toString());
        root.put("takenBy", takenBy);
        ArrayNode files = root.putArray("entries");
        for (Entry entry : entries) {
            files.addObject()
                    .put("path", entry.path())
                    .put("size", entry.size())
                    .put("sha256", entry.sha256());
        }
        try {
            return mapper.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("A manifest could not be written as JSON", e);
        }
    }

    /**
     * Reads a manifest, refusing one of another format version or with anything missing.
     *
     * @throws BackupRefusedException with a sentence that names {@code backup}
     */
    static BackupManifest fromJson(byte[] json, Object backup) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw refused(backup, "its manifest is not readable JSON");
        }
        if (root == null || !root.isObject()) {
            throw refused(backup, "its manifest is not readable JSON");
        }
        if (!root.path("formatVersion").isInt()) {
            throw refused(backup, "its manifest has no format version");
        }
        int version = root.get("formatVersion").asInt();
        if (version != FORMAT_VERSION) {
            throw new BackupRefusedException(backup + " is a backup of format version " + version
                    + ", which this version of Stocktake cannot restore; use the version that made it.");
        }
        try {
            List<Entry> entries = new ArrayList<>();
            JsonNode files = root.path("entries");
            if (!files.isArray()) {
                throw refused(backup, "its manifest lists no files");
            }
            for (JsonNode file : files) {
                if (!file.path("path").isTextual()
                        || !file.path("size").canConvertToLong()
                        || file.path("size").asLong() < 0
                        || !file.path("sha256").asText("").matches("[0-9a-f]{64}")) {
                    throw refused(backup, "its manifest has an entry without a path, a size or a SHA-256");
                }
                entries.add(new Entry(
                        file.get("path").asText(),
                        file.get("size").asLong(),
                        file.get("sha256").asText()));
            }
            String id = root.path("workspaceId").asText(null);
            return new BackupManifest(
                    version,
                    root.path("workspaceName").asText(""),
                    id == null ? null : UUID.fromString(id),
                    OffsetDateTime.parse(root.path("takenAt").asText()),
                    root.path("takenBy").asText(""),
                    entries);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused(backup, "its manifest has a workspace id or a date that cannot be read");
        }
    }

    private static BackupRefusedException refused(Object backup, String why) {
        return new BackupRefusedException(
                backup + " was not restored: " + why + ". Choose a backup file that Stocktake made.");
    }
}
