package org.stocktake.letters.document;

import java.util.List;

/**
 * The heading of the first page and the shorter one of every page after it.
 *
 * @param lines the first line is the sender's name, set large; the rest (address, web, email) small beneath it
 * @param continuation the running head of the second and later pages, e.g. the panel's name
 */
public record Letterhead(List<String> lines, String continuation) {
    public static final Letterhead NONE = new Letterhead(List.of(), "");

    public Letterhead {
        lines = List.copyOf(lines == null ? List.of() : lines);
        continuation = continuation == null ? "" : continuation;
    }
}
