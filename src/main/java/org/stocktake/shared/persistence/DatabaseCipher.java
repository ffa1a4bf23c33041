package org.stocktake.shared.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.stocktake.shared.crypto.WorkspaceKey;

/** H2's own encryption of the database file ({@code CIPHER=AES}) as an encrypted workspace uses it. */
final class DatabaseCipher {

    /** H2's error for a file password that does not decrypt the file. */
    static final int WRONG_FILE_PASSWORD = 90049;

    /** How H2 begins a file it encrypted. */
    private static final String ENCRYPTED_HEADER = "H2encrypt";

    private DatabaseCipher() {}

    /**
     * Whether the file is one H2 encrypted: its own header says so. Read so that an encrypted database whose key file
     * is gone is told apart from a damaged one.
     */
    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(ENCRYPTED_HEADER.length()), StandardCharsets.US_ASCII)
                    .equals(ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The pool for {@code url}, with the file password when the database is encrypted under {@code key}. H2 takes
     * "file password, space, user password" as one password; it is handed over as characters (which the data source
     * keeps for the pool's life) so the key never becomes a string here.
     */
    static JdbcConnectionPool pool(String url, WorkspaceKey key) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("stocktake");
        if (key == null) {
            source.setPassword("");
        } else {
            char[] file = key.databasePassword();
            char[] both = Arrays.copyOf(file, file.length + 1);
            both[file.length] = ' ';
            Arrays.fill(file, ' ');
            source.setPasswordChars(both);
        }
        return JdbcConnectionPool.create(source);
    }

    /**
     * Writes the open plain database behind {@code dsl} into {@code folder} as a database file encrypted under {@code
     * key}. H2 first copies itself, consistently however it is being used, into a zip in that folder; the file taken
     * out of it is then encrypted by H2's own tool, and the plain copies are deleted. They exist only while this runs,
     * inside the folder being built, which is removed whole if the work is cut short.
     */
    static void copyEncrypted(DSLContext dsl, Path folder, WorkspaceKey key) throws IOException {
        Path zip = folder.resolve(".plain-copy.zip");
        Path file = folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
        Files.deleteIfExists(zip);
        Files.deleteIfExists(file);
        dsl.execute("BACKUP TO {0}", DSL.inline(zip.toAbsolutePath().toString()));
        try (ZipFile copy = new ZipFile(zip.toFile())) {
            ZipEntry entry = copy.getEntry(Database.FILE_NAME + Database.FILE_SUFFIX);
            if (entry == null) {
                throw new IOException("The database's copy of itself holds no database file");
            }
            try (InputStream in = copy.getInputStream(entry)) {
                Files.copy(in, file);
            }
        } finally {
            Files.deleteIfExists(zip);
        }
        char[] password = key.databasePassword();
        try {
            ChangeFileEncryption.execute(
                    folder.toAbsolutePath().toString(), Database.FILE_NAME, "AES", null, password, true);
        } catch (SQLException e) {
            throw new IOException("The database's copy could not be encrypted: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, ' ');
        }
        if (!isEncrypted(file)) {
            throw new IOException("The database's copy was not encrypted");
        }
    }
}
