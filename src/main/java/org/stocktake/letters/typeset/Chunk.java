package org.stocktake.letters.typeset;

import java.util.List;

/**
 * Lines that must stand on one page together: a short paragraph, the first or last two lines of a longer one, a
 * heading, the closing with its signatures.
 *
 * @param spaceBefore the gap above, dropped at the head of a page
 * @param keepWithNext a heading: never last on a page, so it goes with the chunk after it
 */
record Chunk(float spaceBefore, List<Line> lines, boolean keepWithNext) {
    Chunk {
        lines = List.copyOf(lines);
    }

    float height() {
        float height = 0;
        for (Line line : lines) {
            height += line.height();
        }
        return height;
    }

    /**
     * A paragraph's lines as chunks a page may break between, so that at least two lines stand at the foot of a page
     * and at least two at the head of the next (no orphans, no widows): up to three lines stay together; longer
     * paragraphs keep their first two and their last two.
     */
    static List<Chunk> paragraph(float spaceBefore, List<Line> lines, boolean keepWithNext) {
        int n = lines.size();
        if (n <= 3) {
            return List.of(new Chunk(spaceBefore, lines, keepWithNext));
        }
        java.util.ArrayList<Chunk> chunks = new java.util.ArrayList<>();
        chunks.add(new Chunk(spaceBefore, lines.subList(0, 2), false));
        for (int i = 2; i < n - 2; i++) {
            chunks.add(new Chunk(0, List.of(lines.get(i)), false));
        }
        chunks.add(new Chunk(0, lines.subList(n - 2, n), keepWithNext));
        return chunks;
    }
}
