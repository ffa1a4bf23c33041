package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Blocks of two versions matched by id: those only in the newer are added, only in the older removed; of those in
 * both, the longest run kept in the same order stays put and the rest moved, and any whose content differs changed.
 * Removed blocks are reported where they stood, before the first later block both versions share.
 */
final class BlockDiff {

    private BlockDiff() {}

    static List<LetterDiff.Change> between(String part, List<Block> older, List<Block> newer) {
        Map<String, Integer> oldIndex = indexes(older);
        Map<String, Integer> newIndex = indexes(newer);
        List<String> sharedOld =
                older.stream().map(Block::id).filter(newIndex::containsKey).toList();
        List<String> sharedNew =
                newer.stream().map(Block::id).filter(oldIndex::containsKey).toList();
        Set<String> inPlace = inOrder(sharedOld, sharedNew);

        List<LetterDiff.Change> changes = new ArrayList<>();
        int nextOld = 0;
        for (int n = 0; n < newer.size(); n++) {
            Block block = newer.get(n);
            Integer o = oldIndex.get(block.id());
            if (o == null) {
                changes.add(new LetterDiff.BlockAdded(part, block.id(), kind(block), n + 1, block.plainText()));
                continue;
            }
            if (inPlace.contains(block.id())) {
                nextOld = removedBefore(part, older, newIndex, nextOld, o, changes);
            } else {
                changes.add(new LetterDiff.BlockMoved(part, block.id(), kind(block), o + 1, n + 1, block.plainText()));
            }
            Block was = older.get(o);
            if (!content(was).equals(content(block))) {
                changes.add(new LetterDiff.BlockChanged(
                        part,
                        block.id(),
                        kind(was),
                        kind(block),
                        WordDiff.between(was.plainText(), block.plainText())));
            }
        }
        removedBefore(part, older, newIndex, nextOld, older.size(), changes);
        return changes;
    }

    private static int removedBefore(
            String part,
            List<Block> older,
            Map<String, Integer> newIndex,
            int from,
            int to,
            List<LetterDiff.Change> out) {
        for (int i = from; i < to; i++) {
            Block gone = older.get(i);
            if (!newIndex.containsKey(gone.id())) {
                out.add(new LetterDiff.BlockRemoved(part, gone.id(), kind(gone), gone.plainText()));
            }
        }
        return Math.max(from, to);
    }

    /** The ids both lists hold in the same relative order (their longest common subsequence). */
    private static Set<String> inOrder(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    private static Map<String, Integer> indexes(List<Block> blocks) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            // A repeated id (a damaged letter) is matched at its first place; the others read as added or removed.
            index.putIfAbsent(Objects.requireNonNullElse(blocks.get(i).id(), "#" + i), i);
        }
        return index;
    }

    /** The block as read, leaving out where it came from: a refreshed passage with the same words has not changed. */
    private static Block content(Block block) {
        if (block instanceof Block.Heading h) {
            return new Block.Heading("", h.text(), null);
        } else if (block instanceof Block.Paragraph p) {
            return new Block.Paragraph("", p.runs(), null);
        } else if (block instanceof Block.Quotation q) {
            return new Block.Quotation("", q.runs(), null);
        } else if (block instanceof Block.Items items) {
            return new Block.Items("", items.numbered(), items.items(), null);
        }
        Block.Note note = (Block.Note) block;
        return new Block.Note("", note.text(), null);
    }

    static String kind(Block block) {
        if (block instanceof Block.Heading) {
            return "heading";
        } else if (block instanceof Block.Paragraph) {
            return "paragraph";
        } else if (block instanceof Block.Quotation) {
            return "quotation";
        } else if (block instanceof Block.Items items) {
            return items.numbered() ? "numbered list" : "list";
        }
        return "note";
    }
}
