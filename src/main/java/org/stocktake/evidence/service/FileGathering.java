package org.stocktake.evidence.service;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files to add, from the paths a person gave: files as they are, folders walked (links not followed, so a loop
 * cannot trap the walk), hidden files and folders skipped. What is not an ordinary file is refused with a sentence,
 * never read: reading a named pipe would wait for ever.
 */
final class FileGathering {

    private final Set<Path> files = new LinkedHashSet<>();
    private final List<AddSummary.Refusal> refused = new ArrayList<>();

    static FileGathering of(List<Path> paths) {
        FileGathering gathering = new FileGathering();
        for (Path path : paths) {
            gathering.add(path.toAbsolutePath().normalize(), path);
        }
        return gathering;
    }

    private void add(Path path, Path asGiven) {
        if (Files.isDirectory(path)) {
            walk(path);
        } else if (Files.isRegularFile(path)) {
            files.add(path);
        } else if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            refused.add(new AddSummary.Refusal(asGiven.toString(), "There is no file or folder " + asGiven + "."));
        } else {
            refused.add(new AddSummary.Refusal(
                    asGiven.toString(),
                    asGiven + " is not an ordinary file (it may be a named pipe or a device); only files are added."));
        }
    }

    private void walk(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (!attrs.isSymbolicLink()) {
                        refused.add(new AddSummary.Refusal(
                                folder.relativize(file).toString(),
                                file.getFileName() + " is not an ordinary file (it may be a named pipe or a device)."));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(new AddSummary.Refusal(
                            file.toString(),
                            "Cannot read " + file + ": " + e.getClass().getSimpleName() + "."));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refused.add(new AddSummary.Refusal(folder.toString(), "Cannot read the folder " + folder + "."));
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    List<Path> files() {
        return files.stream().sorted().toList();
    }

    List<AddSummary.Refusal> refused() {
        return refused;
    }
}
