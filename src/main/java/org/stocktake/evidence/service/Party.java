package org.stocktake.evidence.service;

import java.util.UUID;

/**
 * Someone a document is from or to: the name as it stands on the document and, when the panel register knows them,
 * the person and the office they held on the document's date.
 */
public record Party(String name, UUID personId, String office) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A sender or recipient needs a name.");
        }
        name = name.strip();
        office = office == null || office.isBlank() ? null : office.strip();
    }

    /** A name typed by hand, matched to nobody. */
    public static Party named(String name) {
        return new Party(name, null, null);
    }

    /** "Greg Clark (Secretary of State for Communities and Local Government)", or the name alone. */
    public String describe() {
        return office == null ? name : name + " (" + office + ")";
    }
}
