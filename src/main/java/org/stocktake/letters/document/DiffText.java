package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A letter's differences as lines a terminal can show: deleted words in [-...-] and inserted ones in {+...+}, with
 * long stretches of unchanged words in a changed block shortened to a few either side of each change.
 */
final class DiffText {

    /** Unchanged words kept either side of a change; the rest of a long block is shown as "...". */
    static final int CONTEXT = 8;

    private DiffText() {}

    static String render(List<LetterDiff.Change> changes) {
        if (changes.isEmpty()) {
            return "No changes.";
        }
        List<String> lines = new ArrayList<>();
        for (LetterDiff.Change change : changes) {
            lines.add(line(change));
        }
        return String.join("\n", lines);
    }

    private static String line(LetterDiff.Change change) {
        if (change instanceof LetterDiff.FieldChanged f) {
            if (f.before().isEmpty()) {
                return f.field() + " added: \"" + f.after() + "\"";
            }
            if (f.after().isEmpty()) {
                return f.field() + " removed (was \"" + f.before() + "\")";
            }
            return f.field() + " changed from \"" + f.before() + "\" to \"" + f.after() + "\"";
        } else if (change instanceof LetterDiff.BlockAdded a) {
            return "+ " + a.kind() + " added at " + where(a.part(), a.position()) + ": " + quoted(a.text());
        } else if (change instanceof LetterDiff.BlockRemoved r) {
            return "- " + r.kind() + " removed" + inPart(r.part()) + ": " + quoted(r.text());
        } else if (change instanceof LetterDiff.BlockMoved m) {
            return "> " + m.kind() + " moved from " + where(m.part(), m.from()) + " to " + m.to() + ": "
                    + quoted(m.text());
        }
        LetterDiff.BlockChanged c = (LetterDiff.BlockChanged) change;
        String kind =
                c.kindBefore().equals(c.kindAfter()) ? c.kindAfter() : c.kindBefore() + " made a " + c.kindAfter();
        boolean sameWords = c.words().stream().allMatch(w -> w.mark() == LetterDiff.Mark.KEPT);
        if (sameWords && !c.styleOnly()) {
            return "~ " + kind + inPart(c.part()) + ": " + quoted(plain(c.words()));
        }
        if (c.styleOnly()) {
            return "~ " + kind + inPart(c.part()) + " changed in style or citations: " + quoted(plain(c.words()));
        }
        return "~ " + kind + " changed" + inPart(c.part()) + ": " + marked(c.words());
    }

    private static String where(String part, int position) {
        return "body".equals(part) ? "block " + position : "block " + position + " of the " + part;
    }

    private static String inPart(String part) {
        return "body".equals(part) ? "" : " in the " + part;
    }

    private static String quoted(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine) + "\"";
    }

    private static String plain(List<LetterDiff.Word> words) {
        return String.join(" ", words.stream().map(LetterDiff.Word::text).toList());
    }

    /** Words with changes marked, runs of the same mark grouped, and far context cut. */
    static String marked(List<LetterDiff.Word> words) {
        boolean[] near = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).mark() != LetterDiff.Mark.KEPT) {
                for (int k = Math.max(0, i - CONTEXT); k <= Math.min(words.size() - 1, i + CONTEXT); k++) {
                    near[k] = true;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!near[i]) {
                pieces.add("...");
                while (i < words.size() && !near[i]) {
                    i++;
                }
                continue;
            }
            LetterDiff.Mark mark = words.get(i).mark();
            List<String> group = new ArrayList<>();
            while (i < words.size() && near[i] && words.get(i).mark() == mark) {
                group.add(words.get(i++).text());
            }
            String joined = String.join(" ", group);
            pieces.add(
                    switch (mark) {
                        case DELETED -> "[-" + joined + "-]";
                        case INSERTED -> "{+" + joined + "+}";
                        case KEPT -> joined;
                    });
        }
        return String.join(" ", pieces);
    }
}
