package org.stocktake.workspace.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A workspace's identity and name. */
public record WorkspaceInfo(UUID uuid, String name, OffsetDateTime createdAt) {}
