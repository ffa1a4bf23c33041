package org.stocktake.panel.service;

import java.util.UUID;

/** A person as a letter would name them: "Cllr Ian Ward", "John Crabtree OBE". */
public record Person(long id, UUID uuid, String fullName, String honorific, String postNominals) {

    public String displayName() {
        StringBuilder name = new StringBuilder();
        if (honorific != null && !honorific.isBlank()) {
            name.append(honorific).append(' ');
        }
        name.append(fullName);
        if (postNominals != null && !postNominals.isBlank()) {
            name.append(' ').append(postNominals);
        }
        return name.toString();
    }
}
