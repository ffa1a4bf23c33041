package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTextTest {
    private static List<String> marked(Snippet snippet) {
        return snippet.highlights().stream()
                .map(h -> snippet.text().substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void aLongPageIsCutAtSpacesWithEllipsesAndTheMatchInContext() {
        String page = "word ".repeat(100) + "Kerslake " + "word ".repeat(100);
        Snippet snippet = new Snippets(TypedQuery.read("kerslake"), java.util.Set.of()).of(page);

        assertThat(snippet.text())
                .startsWith("\u2026 word")
                .endsWith("word \u2026")
                .hasSizeLessThan(240);
        assertThat(marked(snippet)).containsExactly("Kerslake");
    }

    @Test
    void controlAndInvisibleCharactersGoAndHighlightsFollow() {
        String page = "Line one\r\n\r\n\tthe\u200B\u0000 panel\u000Cmet\u0085Crabtree.";
        Snippet snippet = new Snippets(TypedQuery.read("crabtree panel"), java.util.Set.of()).of(page);

        assertThat(snippet.text()).isEqualTo("Line one the panel met Crabtree.");
        assertThat(marked(snippet)).containsExactly("panel", "Crabtree");
    }

    @Test
    void theDensestClusterOfMatchesIsShown() {
        String page = "budget " + "filler ".repeat(60) + "budget housing budget housing " + "filler ".repeat(60);
        Snippet snippet = new Snippets(TypedQuery.read("budget housing"), java.util.Set.of()).of(page);

        assertThat(marked(snippet)).containsExactly("budget", "housing", "budget", "housing");
    }

    @Test
    void aPhraseIsMarkedAsOneRunAndAPrefixMarksWholeWords() {
        Snippet snippet = new Snippets(TypedQuery.read("\"improvement panels\" kersl*"), java.util.Set.of())
                .of("The Improvement Panel met Kerslake's team; improvement alone is not marked.");

        assertThat(marked(snippet)).containsExactly("Improvement Panel", "Kerslake's");
    }

    @Test
    void aPageWithoutMatchesShowsItsStart() {
        Snippet snippet = new Snippets(TypedQuery.read("absent"), java.util.Set.of()).of("Short page.");

        assertThat(snippet.text()).isEqualTo("Short page.");
        assertThat(snippet.highlights()).isEmpty();
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String page = "\uD83D\uDE00".repeat(150) + " budget";
        Snippet snippet = new Snippets(TypedQuery.read("budget"), java.util.Set.of()).of(page);

        assertThat(snippet.text()).doesNotStartWith("\u2026 \uDE00");
        assertThat(snippet.text().codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE))
                .isTrue();
    }
}
