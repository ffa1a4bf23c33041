package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What text a recommendation may hold, and how numbers are brought to one form. */
class TextHygieneTest {

    @ParameterizedTest
    @ValueSource(strings = {"5", "5\u00A0", "\u00A05", "\uFF15", " 5 ", "\uFEFF5", "5\u200B", "\u20605\u200D"})
    void lookAlikeNumbersAreOneNumber(String typed) {
        assertThat(draft(typed, "Title").number()).isEqualTo("5");
        assertThat(RecommendationDraft.numberKey(typed)).isEqualTo("5");
    }

    @ParameterizedTest
    @CsvSource({"4a, 4A", "\uFF14\uFF41, 4A", "R\u00A01, R 1"})
    void numbersCompareByTheirNormalUpperCaseForm(String typed, String key) {
        assertThat(RecommendationDraft.numberKey(typed)).isEqualTo(key);
    }

    static Stream<Arguments> refusedInATitle() {
        return Stream.of(
                refused("Red \u001B[31malert", "a control character (U+001B); remove it"),
                refused("Nul\u0000here", "a control character (U+0000); remove it"),
                refused("C1 \u009B control", "a control character (U+009B); remove it"),
                refused("Delete \u007F", "a control character (U+007F); remove it"),
                refused("Two\nlines", "a line break (U+000A); keep it on one line"),
                refused("Two\u2028lines", "a line break (U+2028); keep it on one line"),
                refused("Tab\there", "a tab (U+0009); use a space"),
                refused("Right \u202Eto left", "a text-direction control (U+202E); remove it"),
                refused("Isolate \u2066x\u2069", "a text-direction control (U+2066); remove it"),
                refused("Broken \uD800 surrogate", "a broken character (a lone surrogate, U+D800); remove it"));
    }

    @ParameterizedTest
    @MethodSource("refusedInATitle")
    void aSingleLineFieldRefusesWhatWouldActOnATerminalOrHideWhatItSays(String title, String problem) {
        assertThat(draft("1", title).problems()).containsExactly("The title contains " + problem + ".");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Line one\nline two", "Tabbed\tcolumns", "Windows\r\nbreaks", "\u05E9\u05DC\u05D5\u05DD \u202Eok"
            })
    void multiLineTextKeepsTabsLineBreaksAndDirectionControls(String text) {
        assertThat(withText(text).problems()).isEmpty();
    }

    static Stream<Arguments> refusedInText() {
        return Stream.of(
                refused("Escape \u001B[2J", "a control character (U+001B); remove it"),
                refused("Nul \u0000 inside", "a control character (U+0000); remove it"),
                refused("Lone low \uDC00", "a broken character (a lone surrogate, U+DC00); remove it"));
    }

    @ParameterizedTest
    @MethodSource("refusedInText")
    void multiLineTextStillRefusesControlCharacters(String text, String problem) {
        assertThat(withText(text).problems()).containsExactly("The text contains " + problem + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Emoji \uD83D\uDE00 pair", "Caf\u00E9 \u2013 \u00A3", "\u0639\u0631\u0628\u064A"})
    void ordinaryTextIsAccepted(String title) {
        assertThat(draft("1", title).problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "\uFF26\uFF49\uFF4E\uFF41\uFF4E\uFF43\uFF45, Finance",
        "'Finance\u00A0', Finance",
        "\u200BFinance, Finance"
    })
    void themesAreNormalisedAsNumbersAre(String typed, String theme) {
        assertThat(new RecommendationDraft(1, "1", typed, "T", null, null, null, null, null, null, false).theme())
                .isEqualTo(theme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kerslake-2014\u200B", "\uFF4Berslake-2014", " kerslake-2014\u00A0"})
    void reviewCodesAreNormalisedAsNumbersAre(String typed) {
        ReviewDraft review = new ReviewDraft(typed, "Title", null, LocalDate.of(2014, 12, 9), null);

        assertThat(review.code()).isEqualTo("kerslake-2014");
        assertThat(review.problems()).isEmpty();
    }

    private static Arguments refused(String value, String problem) {
        return Arguments.of(value, problem);
    }

    private static RecommendationDraft draft(String number, String title) {
        return new RecommendationDraft(1, number, null, title, null, null, null, null, null, null, false);
    }

    private static RecommendationDraft withText(String text) {
        return new RecommendationDraft(1, "1", null, "Title", text, null, null, null, null, null, false);
    }
}
