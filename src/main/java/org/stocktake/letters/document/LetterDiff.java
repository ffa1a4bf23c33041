package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a letter, as plain values a view can show and as text a command line can
 * print: the parts of the header that changed, then the blocks added, removed, moved or changed in the order they now
 * stand, matched by their ids; a changed block's words are marked as kept, deleted or inserted.
 */
public final class LetterDiff {

    /** Whether a word of a changed block was kept, deleted from the older version or inserted in the newer. */
    public enum Mark {
        KEPT,
        DELETED,
        INSERTED
    }

    public record Word(String text, Mark mark) {}

    /** One difference between the two versions. */
    public sealed interface Change {}

    /** A part of the header (date, addressee, subject...) or a citation's description; blank when absent. */
    public record FieldChanged(String field, String before, String after) implements Change {}

    /**
     * @param part "body" or "notes to editors"
     * @param position where it now stands in its part, from 1
     */
    public record BlockAdded(String part, String blockId, String kind, int position, String text) implements Change {}

    public record BlockRemoved(String part, String blockId, String kind, String text) implements Change {}

    /** A block that now stands elsewhere among the blocks both versions have; positions from 1. */
    public record BlockMoved(String part, String blockId, String kind, int from, int to, String text)
            implements Change {}

    /** A block whose words, style, citations or kind changed; {@code words} are all kept when only the style did. */
    public record BlockChanged(String part, String blockId, String kindBefore, String kindAfter, List<Word> words)
            implements Change {
        public BlockChanged {
            words = List.copyOf(words);
        }

        /** Whether only how the words are set (or what they cite) changed, not the words themselves. */
        public boolean styleOnly() {
            return kindBefore.equals(kindAfter) && words.stream().allMatch(w -> w.mark() == Mark.KEPT);
        }
    }

    private final List<Change> changes;

    private LetterDiff(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** The differences from {@code older} to {@code newer}. */
    public static LetterDiff between(LetterDocument older, LetterDocument newer) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> before = HeaderFields.of(older);
        Map<String, String> after = HeaderFields.of(newer);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String was = before.getOrDefault(name, "");
            String now = after.getOrDefault(name, "");
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChanged(name, was, now));
            }
        }
        changes.addAll(BlockDiff.between("body", older.body(), newer.body()));
        changes.addAll(BlockDiff.between("notes to editors", older.notesToEditors(), newer.notesToEditors()));
        return new LetterDiff(changes);
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The differences as lines of text, e.g. for the command line; "No changes." when there are none. */
    @Override
    public String toString() {
        return DiffText.render(changes);
    }
}
