package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;

class LetterPreviewTest {

    @Test
    void drawsAPageAsAnA4SheetWithTextOnIt() {
        byte[] pdf = TypesetPdfs.typeset(SampleLetters.joint()).pdf();

        LetterPreview.Pixels page = LetterPreview.page(pdf, 1, 72);

        assertThat(page.width()).isEqualTo(595);
        assertThat(page.height()).isBetween(841, 842);
        assertThat(page.argb()).hasSize(page.width() * page.height());
        long dark = Arrays.stream(page.argb()).filter(p -> (p & 0xFF) < 100).count();
        assertThat(dark).isGreaterThan(1000);
        assertThat(page.argb()[0]).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aPageBeyondTheLetterIsRefusedInASentence() {
        byte[] pdf = TypesetPdfs.typeset(SampleLetters.joint()).pdf();

        assertThatThrownBy(() -> LetterPreview.page(pdf, 5, 72))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The letter has 2 pages; page 6 cannot be shown.");
    }
}
