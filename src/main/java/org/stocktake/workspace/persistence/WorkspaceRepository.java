package org.stocktake.workspace.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.WORKSPACE;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.stocktake.shared.persistence.Transaction;
import org.stocktake.workspace.service.WorkspaceInfo;

/** The single row that names a workspace. */
public final class WorkspaceRepository {

    public Optional<WorkspaceInfo> find(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(WORKSPACE)
                .orderBy(WORKSPACE.ID)
                .limit(1)
                .fetchOptional(row -> new WorkspaceInfo(row.getUuid(), row.getName(), row.getCreatedAt()));
    }

    public WorkspaceInfo insert(Transaction tx, String name, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        UUID uuid = UUID.randomUUID();
        dsl.insertInto(WORKSPACE)
                .set(WORKSPACE.UUID, uuid)
                .set(WORKSPACE.NAME, name)
                .set(WORKSPACE.CREATED_AT, now)
                .execute();
        return new WorkspaceInfo(uuid, name, now);
    }

    public void rename(Transaction tx, String name) {
        DSLContext dsl = tx.jooq();
        dsl.update(WORKSPACE).set(WORKSPACE.NAME, name).execute();
    }
}
