package org.stocktake.panel.service;

import java.util.UUID;

public record Organisation(long id, UUID uuid, String name, OrganisationKind kind) {}
