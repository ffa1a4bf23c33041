package org.stocktake.panel.service;

import java.util.List;
import java.util.UUID;

/**
 * A body the panel deals with.
 *
 * @param address the postal address of its offices, a line each, printed under an addressee's name; may be empty
 */
public record Organisation(long id, UUID uuid, String name, OrganisationKind kind, List<String> address) {

    public Organisation {
        address = List.copyOf(address == null ? List.of() : address);
    }

    public Organisation(long id, UUID uuid, String name, OrganisationKind kind) {
        this(id, uuid, name, kind, List.of());
    }
}
