package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of two versions of a passage, marked as kept, deleted or inserted: the longest run of words the two share
 * is kept, the rest is what changed. Line breaks and runs of spaces count as one space.
 */
final class WordDiff {

    /** Past this many cells the comparison table would outgrow a paragraph's worth of memory. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {}

    static List<LetterDiff.Word> between(String older, String newer) {
        String[] a = words(older);
        String[] b = words(newer);
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix
                && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        List<LetterDiff.Word> words = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            words.add(new LetterDiff.Word(a[i], LetterDiff.Mark.KEPT));
        }
        middle(
                Arrays.copyOfRange(a, prefix, a.length - suffix),
                Arrays.copyOfRange(b, prefix, b.length - suffix),
                words);
        for (int i = a.length - suffix; i < a.length; i++) {
            words.add(new LetterDiff.Word(a[i], LetterDiff.Mark.KEPT));
        }
        return words;
    }

    private static void middle(String[] a, String[] b, List<LetterDiff.Word> out) {
        if ((long) a.length * b.length > MAX_CELLS) {
            // Too long to compare word by word: shown as the one passage replaced by the other.
            Arrays.stream(a).forEach(w -> out.add(new LetterDiff.Word(w, LetterDiff.Mark.DELETED)));
            Arrays.stream(b).forEach(w -> out.add(new LetterDiff.Word(w, LetterDiff.Mark.INSERTED)));
            return;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new LetterDiff.Word(a[i++], LetterDiff.Mark.KEPT));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                // Deletions before insertions at the same place read as "was ... now ...".
                if (i < a.length && common[i + 1][j] == common[i][j + 1]) {
                    out.add(new LetterDiff.Word(a[i++], LetterDiff.Mark.DELETED));
                } else {
                    out.add(new LetterDiff.Word(b[j++], LetterDiff.Mark.INSERTED));
                }
            } else {
                out.add(new LetterDiff.Word(a[i++], LetterDiff.Mark.DELETED));
            }
        }
    }

    private static String[] words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }
}
