package org.stocktake.letters.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Places chunks on pages, top to bottom: a chunk that does not fit goes to the next page with the headings that lead
 * to it. Only a chunk taller than a whole page (a signature block with many signatories, a long unbroken list item)
 * is split line by line.
 */
final class PageLayout {

    /** A line at its distance from the top of the page's text area. */
    record Placed(Line line, float top) {}

    private final float firstPageHeight;
    private final float laterPageHeight;
    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> page;
    private float used;

    PageLayout(float firstPageHeight, float laterPageHeight) {
        this.firstPageHeight = firstPageHeight;
        this.laterPageHeight = laterPageHeight;
        newPage();
    }

    /** Every page's lines; at least one page, empty when there is nothing to print. */
    static List<List<Placed>> pages(List<Chunk> chunks, float firstPageHeight, float laterPageHeight) {
        PageLayout layout = new PageLayout(firstPageHeight, laterPageHeight);
        int i = 0;
        while (i < chunks.size()) {
            int end = i;
            while (chunks.get(end).keepWithNext() && end + 1 < chunks.size()) {
                end++;
            }
            layout.place(chunks.subList(i, end + 1));
            i = end + 1;
        }
        return layout.pages;
    }

    private void place(List<Chunk> group) {
        if (!page.isEmpty() && used + height(group, false) > available()) {
            newPage();
        }
        if (height(group, true) <= available()) {
            group.forEach(chunk -> put(chunk.spaceBefore(), chunk.lines()));
        } else {
            // Taller than a page: nothing better than filling each page in turn.
            for (Chunk chunk : group) {
                for (int i = 0; i < chunk.lines().size(); i++) {
                    Line line = chunk.lines().get(i);
                    if (!page.isEmpty() && used + line.height() > available()) {
                        newPage();
                    }
                    put(i == 0 ? chunk.spaceBefore() : 0, List.of(line));
                }
            }
        }
    }

    private void put(float spaceBefore, List<Line> lines) {
        if (!page.isEmpty()) {
            used += spaceBefore;
        }
        for (Line line : lines) {
            page.add(new Placed(line, used));
            used += line.height();
        }
    }

    private float height(List<Chunk> group, boolean atHead) {
        float height = 0;
        for (Chunk chunk : group) {
            if (!(atHead && chunk == group.get(0))) {
                height += chunk.spaceBefore();
            }
            height += chunk.height();
        }
        return height;
    }

    private float available() {
        return pages.size() == 1 ? firstPageHeight : laterPageHeight;
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        used = 0;
    }
}
