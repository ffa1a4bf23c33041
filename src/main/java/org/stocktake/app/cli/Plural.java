package org.stocktake.app.cli;

/** Counts written as people write them: "1 recommendation", "2 recommendations", "0 rounds". */
final class Plural {

    private Plural() {}

    /** The count and the noun, adding "s" unless there is exactly one. */
    static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
