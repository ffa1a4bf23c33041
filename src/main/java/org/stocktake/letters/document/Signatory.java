package org.stocktake.letters.document;

import java.util.List;
import java.util.UUID;

/**
 * One who signs: "J R A Crabtree" over "Chair", or "Cllr Ian Ward" over "Leader of Birmingham City Council". Each
 * signatory gets a signature field of their own in the exported PDF, signed in turn.
 *
 * @param roleLines printed in bold under the name, one line each
 * @param person the register's person, or null when typed by hand
 * @param signatureImage the store key of a picture of the handwritten signature, or null
 */
public record Signatory(String name, List<String> roleLines, UUID person, String signatureImage) {
    public Signatory {
        name = name == null ? "" : name;
        roleLines = List.copyOf(roleLines == null ? List.of() : roleLines);
    }
}
