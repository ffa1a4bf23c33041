package org.stocktake.shared.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all. The content goes to a temporary file beside the target, is forced to disk, and
 * is then moved over the target in one step, so a failure, a full disk or a killed process never leaves a half-written
 * file nor harms the one it would have replaced. The file is created with the user's ordinary permissions (what the
 * umask allows), or keeps those of the file it replaces.
 */
public final class AtomicFile {

    /** The content of a file, written to a stream that the caller must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The content of a text file, written as UTF-8 to a writer that the caller must not close. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    // ".<target name>.<process id>-<random>.part": the process id tells a live writer's file from a dead one's.
    private static final String SUFFIX = ".part";

    private AtomicFile() {}

    /**
     * Writes {@code text} as UTF-8 to {@code target}; as {@link #write(Path, Content)}.
     *
     * @throws FileWriteException if the file cannot be written, with a sentence that says why
     */
    public static void writeText(Path target, Text text) {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes {@code content} to {@code target}, replacing any file there. Temporary files of earlier writes of the same
     * target whose process has died are removed first. A runtime exception thrown by {@code content} is passed on
     * after the temporary file is removed.
     *
     * @throws FileWriteException if the target is a folder or not an ordinary file, its folder does not exist or may
     *     not be written, the disk is full, or any other input/output error happens
     */
    public static void write(Path target, Content content) {
        Path file = resolve(target);
        Path folder = file.getParent();
        checkTarget(target, file, folder);
        removeStaleParts(folder, file.getFileName().toString());
        Path part = folder.resolve(
                "." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                        + UUID.randomUUID().toString().substring(0, 8) + SUFFIX);
        try {
            try (FileChannel channel =
                    FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, part);
            moveIntoPlace(part, file);
            forceFolder(folder);
        } catch (IOException e) {
            deleteQuietly(part, e);
            throw new FileWriteException(FileProblem.ofWriting(target, e), e);
        } catch (UncheckedIOException e) {
            // Content that writes through an API without checked exceptions still failed to write this file.
            deleteQuietly(part, e);
            throw new FileWriteException(FileProblem.ofWriting(target, e.getCause()), e.getCause());
        } catch (RuntimeException | Error e) {
            deleteQuietly(part, e);
            throw e;
        }
    }

    /** A link is followed, so the file it points to is replaced rather than the link. */
    private static Path resolve(Path target) {
        Path file = target.toAbsolutePath().normalize();
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file;
        }
    }

    private static void checkTarget(Path target, Path file, Path folder) {
        if (Files.isDirectory(file)) {
            throw refused(target + " is a folder; name a file inside it.");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw refused(target + " is not an ordinary file (it may be a named pipe or a device); name a file.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw refused("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
    }

    private static FileWriteException refused(String sentence) {
        return new FileWriteException(sentence, new IOException(sentence));
    }

    /**
     * Removes what an earlier write of the same file left behind when its process was killed. A temporary file whose
     * process still runs is another write in progress and is left alone; so is anything that does not match exactly.
     */
    private static void removeStaleParts(Path folder, String name) {
        Pattern ours =
                Pattern.compile("\\." + Pattern.quote(name) + "(?:\\.(\\d+)-[0-9a-f]{8}|\\d+)" + Pattern.quote(SUFFIX));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "." + globSafe(name) + "*" + SUFFIX)) {
            for (Path part : parts) {
                Matcher matcher = ours.matcher(part.getFileName().toString());
                if (matcher.matches()
                        && !isAlive(matcher.group(1))
                        && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Leftovers are untidy, not harmful: the write itself goes on, and reports its own problems.
        }
    }

    /** Names written by older versions carry no process id; no Stocktake process can still be writing them. */
    private static boolean isAlive(String pid) {
        if (pid == null) {
            return false;
        }
        long id = Long.parseLong(pid);
        return id != ProcessHandle.current().pid()
                && ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String globSafe(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void keepPermissions(Path file, Path part) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(part, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            view.setPermissions(permissions);
        }
    }

    private static void moveIntoPlace(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the move itself survive a power cut; not every platform lets a folder be opened for this. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The file is written and in place; only its durability across a power cut is less certain.
        }
    }

    private static void deleteQuietly(Path part, Throwable cause) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
