package org.stocktake.workspace.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.stocktake.shared.persistence.Database;
import org.stocktake.workspace.persistence.WorkspaceRepository;

/**
 * A workspace is one folder, opened and closed as one thing: the database now, and later the stored files and the
 * search index beside it. Opening migrates the database forward; a folder opened for the first time is
 * {@link #isNew() new} until something is put in it.
 */
public final class Workspace implements AutoCloseable {

    public static final String DEFAULT_NAME = "Stocktake workspace";

    private final Path folder;
    private final Database database;
    private final WorkspaceInfo info;
    private final boolean isNew;

    private Workspace(Path folder, Database database, WorkspaceInfo info, boolean isNew) {
        this.folder = folder;
        this.database = database;
        this.info = info;
        this.isNew = isNew;
    }

    /**
     * Opens the workspace in {@code folder}, creating the folder and its database when absent.
     *
     * @throws UncheckedIOException if the folder cannot be created or is not a folder
     * @throws org.stocktake.shared.WorkspaceInUseException if another process has it open
     */
    public static Workspace open(Path folder, Clock clock) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the workspace folder " + folder + ": " + e.getMessage(), e);
        }
        Database database = Database.open(folder);
        try {
            WorkspaceRepository repository = new WorkspaceRepository();
            var existing = repository.find(database.dsl());
            if (existing.isPresent()) {
                return new Workspace(folder, database, existing.get(), false);
            }
            WorkspaceInfo created =
                    database.transaction(dsl -> repository.insert(dsl, DEFAULT_NAME, OffsetDateTime.now(clock)));
            return new Workspace(folder, database, created, true);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    /** The workspace's identity and current name. */
    public WorkspaceInfo info() {
        return new WorkspaceRepository().find(database.dsl()).orElse(info);
    }

    /** True when this opening created the workspace. */
    public boolean isNew() {
        return isNew;
    }

    public void rename(String name) {
        database.transact(dsl -> new WorkspaceRepository().rename(dsl, name));
    }

    @Override
    public void close() {
        database.close();
    }
}
