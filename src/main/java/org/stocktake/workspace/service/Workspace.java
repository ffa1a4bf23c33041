package org.stocktake.workspace.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
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
    private final Clock clock;

    private Workspace(Path folder, Database database, WorkspaceInfo info, boolean isNew, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.info = info;
        this.isNew = isNew;
        this.clock = clock;
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
            var existing = new WorkspaceRepository().find(database.dsl());
            if (existing.isPresent()) {
                return new Workspace(folder, database, existing.get(), false, clock);
            }
            // The row that names the workspace is written by the first rename, after the first contents are in:
            // until then the workspace counts as new, so contents cut short by a crash are completed on next open.
            WorkspaceInfo unnamed = new WorkspaceInfo(UUID.randomUUID(), DEFAULT_NAME, OffsetDateTime.now(clock));
            return new Workspace(folder, database, unnamed, true, clock);
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

    /** True when the workspace had not been named yet: created by this opening, or by one cut short. */
    public boolean isNew() {
        return isNew;
    }

    /** Names the workspace, recording it as created when it was new. */
    public void rename(String name) {
        database.transact(dsl -> {
            WorkspaceRepository repository = new WorkspaceRepository();
            if (repository.find(dsl).isPresent()) {
                repository.rename(dsl, name);
            } else {
                repository.insert(dsl, name, OffsetDateTime.now(clock));
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
