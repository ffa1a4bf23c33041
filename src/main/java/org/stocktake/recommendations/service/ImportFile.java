package org.stocktake.recommendations.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Opens the file an import reads, provided it is a regular file of a sensible size. A named pipe would block the
 * read for ever, a device (say /dev/zero) never ends, and a folder cannot be read at all, so each is refused with a
 * sentence before any byte is read.
 */
final class ImportFile {

    /** A file that is not to be read, with the sentence that says why. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private ImportFile() {}

    /**
     * The file's content, once it is known to be a regular file of at most {@code maxBytes}.
     *
     * <p>A link is followed to its real path first, which is then checked and opened without following links, so
     * the file opened is the one checked unless it is replaced in between by another file of its own name. That
     * last gap cannot be closed from Java (opening a pipe blocks before its attributes can be read), so the file's
     * identity is compared once more after opening, and a replacement is refused.
     *
     * @throws Refused if it is not a regular file, or is too large
     * @throws IOException if it cannot be found or read
     */
    static InputStream open(Path file, long maxBytes) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes checked = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        refuseUnlessRegular(file, checked);
        if (checked.size() > maxBytes) {
            throw new Refused(tooLarge(maxBytes));
        }
        SeekableByteChannel channel = Files.newByteChannel(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        try {
            BasicFileAttributes opened =
                    Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            refuseUnlessRegular(file, opened);
            if (checked.fileKey() != null && !Objects.equals(checked.fileKey(), opened.fileKey())) {
                throw new Refused("The file " + file.getFileName() + " was replaced while it was being opened. "
                        + "Import it again.");
            }
            if (channel.size() > maxBytes) {
                throw new Refused(tooLarge(maxBytes));
            }
            return Channels.newInputStream(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void refuseUnlessRegular(Path file, BasicFileAttributes attributes) throws Refused {
        if (attributes.isRegularFile()) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        if (attributes.isDirectory()) {
            throw new Refused(name + " is a folder, not a file. Choose the CSV or JSON file inside it.");
        }
        throw new Refused(name + " is not an ordinary file (it may be a named pipe or a device)."
                + " Save the recommendations to a CSV or JSON file and import that.");
    }

    static String tooLarge(long maxBytes) {
        return "The file is larger than " + maxBytes / (1024 * 1024)
                + " MB, too large to be a list of recommendations. Check that it is the right file.";
    }

    /** The sentence for a file that could not be opened or read; never a stack trace. */
    static ImportProblem cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return ImportProblem.inFile("The file " + file + " does not exist.");
        }
        return cannotRead(String.valueOf(file.getFileName()), e);
    }

    /** As {@link #cannotRead(Path, IOException)}, for a file known only by its name. */
    static ImportProblem cannotRead(String name, IOException e) {
        if (e instanceof AccessDeniedException) {
            return ImportProblem.inFile(
                    "Stocktake is not allowed to read " + name + ". Check the file's permissions, or copy it first.");
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return ImportProblem.inFile("The file " + name + " cannot be read (" + reason + ").");
    }
}
