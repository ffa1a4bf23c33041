package org.stocktake.letters.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkupTest {

    @Test
    void stylesAndCitationsReadAsRuns() {
        assertThat(InlineMarkup.read("The *Forward Together* plan, **approved** [#c1]."))
                .containsExactly(
                        Run.plain("The "),
                        Run.italic("Forward Together"),
                        Run.plain(" plan, "),
                        Run.bold("approved"),
                        Run.plain(" "),
                        Run.cite("c1"),
                        Run.plain("."));
    }

    @Test
    void writingAndReadingBackKeepsEveryCharacterATypistMightUse() {
        List<Run> runs = List.of(
                Run.plain("2 * 3 = 6, a back\\slash, [sic] and [#not a cite"),
                Run.italic("in italics*"),
                Run.bold("bold"),
                Run.cite("c2"));
        assertThat(InlineMarkup.read(InlineMarkup.write(runs))).isEqualTo(runs);
    }

    @Test
    void aMarkLeftOpenClosesAtTheEndAndLosesNoText() {
        assertThat(InlineMarkup.read("unfinished *emphasis"))
                .containsExactly(Run.plain("unfinished "), Run.italic("emphasis"));
        assertThat(InlineMarkup.read("a lone [# bracket")).containsExactly(Run.plain("a lone [# bracket"));
        assertThat(InlineMarkup.read("")).isEmpty();
    }
}
