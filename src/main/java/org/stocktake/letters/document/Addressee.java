package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who the letter goes to, as printed: "The Rt Hon Greg Clark MP", "Secretary of State for Communities and Local
 * Government", then the office's address.
 *
 * @param person the register's person this was filled from, or null when typed by hand
 */
public record Addressee(String name, String office, List<String> address, UUID person) {
    public static final Addressee NONE = new Addressee("", "", List.of(), null);

    public Addressee {
        name = name == null ? "" : name;
        office = office == null ? "" : office;
        address = List.copyOf(address == null ? List.of() : address);
    }

    /** The block's lines, top to bottom, leaving out blank parts. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (!name.isBlank()) {
            lines.add(name);
        }
        if (!office.isBlank()) {
            lines.add(office);
        }
        address.stream().filter(line -> !line.isBlank()).forEach(lines::add);
        return lines;
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }
}
