package org.stocktake.signing.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Set;
import java.util.UUID;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.files.FileProblem;
import org.stocktake.shared.files.FileWriteException;

/**
 * Writes a new keystore whole or not at all, readable by its owner only, and never over an existing file: a keystore
 * replaced by mistake is a key lost for good.
 */
final class KeystoreFile {

    private KeystoreFile() {}

    /** @throws ValidationException if a file is at {@code target} already, or its folder does not exist */
    static void checkNew(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        refuseExisting(target, file);
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("Cannot write " + target + ": the folder " + folder + " does not exist.");
        }
    }

    static void writeNew(Path target, KeyStore store, char[] password) {
        checkNew(target);
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        Path part = folder.resolve(
                "." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(
                    part, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(folder))) {
                OutputStream out = Channels.newOutputStream(channel);
                store.store(out, password);
                out.flush();
                channel.force(true);
            }
            // Without REPLACE_EXISTING the move fails should the file have appeared meanwhile.
            Files.move(part, file);
            forceFolder(folder);
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(part);
            refuseExisting(target, file);
            throw new FileWriteException(FileProblem.ofWriting(target, e), e);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new FileWriteException(FileProblem.ofWriting(target, e), e);
        } catch (GeneralSecurityException e) {
            deleteQuietly(part);
            throw new IllegalStateException("The keystore could not be written", e);
        }
    }

    private static void refuseExisting(Path target, Path file) {
        if (Files.exists(file)) {
            throw new ValidationException(
                    target + " exists already; Stocktake never writes over a keystore. Choose another file name.");
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
            };
        }
        return new FileAttribute<?>[0];
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // The keystore is written and in place; only its durability across a power cut is less certain.
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A leftover hidden part file is untidy, not harmful.
        }
    }
}
