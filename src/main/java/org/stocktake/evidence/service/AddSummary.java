package org.stocktake.evidence.service;

import java.util.List;

/**
 * What adding files did: the documents entered, the files the library held already, each file refused with the
 * sentence that says why, and the files added without some of their pages (damaged, so kept without text).
 * {@code cancelled} when the user stopped it; what was entered before stays entered.
 */
public record AddSummary(
        List<EvidenceItem> added,
        List<Duplicate> duplicates,
        List<Refusal> refused,
        List<PartlyRead> partlyRead,
        boolean cancelled) {

    /** A file whose bytes the library holds already, as {@code existing}. */
    public record Duplicate(String file, EvidenceItem existing) {}

    /** A file that was not added, and why, in one sentence. */
    public record Refusal(String file, String reason) {}

    /** A file added although some of its pages (numbered from 1) could not be read; they are kept without text. */
    public record PartlyRead(String file, List<Integer> pages) {

        public PartlyRead {
            pages = List.copyOf(pages);
        }

        /** E.g. "page 4 of 'minutes.pdf' could not be read", to go into a sentence. */
        public String clause() {
            return UnreadablePages.named(pages) + " of '" + file + "' could not be read";
        }
    }

    public AddSummary {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
        refused = List.copyOf(refused);
        partlyRead = List.copyOf(partlyRead);
    }

    /**
     * One line for a person, e.g. "Added 3 documents; page 4 of 'minutes.pdf' could not be read; 1 was in the library
     * already; 2 files were refused."
     */
    public String headline() {
        StringBuilder line = new StringBuilder("Added ").append(count(added.size(), "document"));
        if (partlyRead.size() == 1) {
            line.append("; ").append(partlyRead.get(0).clause());
        } else if (!partlyRead.isEmpty()) {
            line.append("; ").append(partlyRead.size()).append(" have pages that could not be read");
        }
        if (!duplicates.isEmpty()) {
            line.append("; ")
                    .append(count(duplicates.size(), "file"))
                    .append(duplicates.size() == 1 ? " was" : " were")
                    .append(" in the library already");
        }
        if (!refused.isEmpty()) {
            line.append("; ")
                    .append(count(refused.size(), "file"))
                    .append(refused.size() == 1 ? " was" : " were")
                    .append(" refused");
        }
        if (cancelled) {
            line.append("; stopped before the end");
        }
        return line.append('.').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
