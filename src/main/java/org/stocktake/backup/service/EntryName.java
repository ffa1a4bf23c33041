package org.stocktake.backup.service;

import java.util.Optional;

/** A path inside a backup that may be written inside the restored folder, and nowhere else. */
final class EntryName {

    private EntryName() {}

    /** Why {@code path} may not be restored, or empty when it names a file inside the folder. */
    static Optional<String> problem(String path) {
        if (path.isEmpty() || path.indexOf('\0') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("an entry has an empty or unprintable name");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("the entry '" + path + "' has an absolute path");
        }
        for (String part : path.split("[/\\\\]", -1)) {
            if (part.equals("..")) {
                return Optional.of("the entry '" + path + "' reaches outside its folder with '..'");
            }
            if (part.isEmpty() || part.equals(".")) {
                return Optional.of("the entry '" + path + "' is a folder or has an empty part in its path");
            }
        }
        if (path.contains("\\")) {
            return Optional.of("the entry '" + path + "' has a backslash in its path");
        }
        return Optional.empty();
    }
}
