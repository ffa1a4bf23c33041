package org.stocktake.letters.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Numbers a letter's citations 1, 2, 3... in the order the body first mentions them, as a reader meets them; a
 * document cited twice keeps its first number, and a citation the body no longer mentions is left out of the annex.
 */
public final class CitationNumbers {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    public CitationNumbers(LetterDocument letter) {
        letter.citations().forEach(citation -> byKey.put(citation.key(), citation));
        letter.body().forEach(block -> eachRun(block, this::number));
        letter.notesToEditors().forEach(block -> eachRun(block, this::number));
    }

    /** The number printed for a citation mark, empty when the mark names no citation of the letter. */
    public Optional<Integer> numberOf(String key) {
        return Optional.ofNullable(numbers.get(key));
    }

    /** The annex, in number order: only the citations the body mentions. */
    public List<Citation> cited() {
        List<Citation> cited = new ArrayList<>();
        numbers.keySet().forEach(key -> cited.add(byKey.get(key)));
        return cited;
    }

    /** Citation marks that name no citation of the letter (e.g. one removed from the list). */
    public List<String> dangling(LetterDocument letter) {
        List<String> dangling = new ArrayList<>();
        letter.body()
                .forEach(block -> eachRun(block, run -> {
                    if (run.isCitation() && !byKey.containsKey(run.citation())) {
                        dangling.add(run.citation());
                    }
                }));
        return dangling;
    }

    private void number(Run run) {
        if (run.isCitation() && byKey.containsKey(run.citation()) && !numbers.containsKey(run.citation())) {
            numbers.put(run.citation(), numbers.size() + 1);
        }
    }

    private static void eachRun(Block block, Consumer<Run> action) {
        if (block instanceof Block.Paragraph paragraph) {
            paragraph.runs().forEach(action);
        } else if (block instanceof Block.Quotation quotation) {
            quotation.runs().forEach(action);
        } else if (block instanceof Block.Items items) {
            items.items().forEach(item -> item.forEach(action));
        }
    }
}
