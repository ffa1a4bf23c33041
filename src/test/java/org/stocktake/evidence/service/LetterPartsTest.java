package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterPartsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"Dear Secretary of State,", "Dear John", "lean Mr Crabbree,", "Deai Sir,", "Doar Cllr Ward,"})
    void knowsASalutationThroughOcrNoise(String line) {
        assertThat(LetterParts.isSalutation(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Head of Finance,",
                "Year ending 31 March,",
                "Dear",
                "Near the end of the year the council set out its plans for the next three years in full detail,"
            })
    void leavesOtherLinesAlone(String line) {
        assertThat(LetterParts.isSalutation(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yours sincerely", "ows sincerel", "Yours faithfully,", "Kind regards", "Best wishes"})
    void knowsACloseThroughOcrNoise(String line) {
        assertThat(LetterParts.isClose(line)).isTrue();
    }

    @Test
    void aCloseInsideAParagraphIsNotTheClose() {
        assertThat(LetterParts.isClose("We sincerely hope that the council will take this chance to improve."))
                .isFalse();
    }

    @Test
    void splitsALetterIntoHeadSubjectAndSignature() {
        LetterParts parts = LetterParts.of(List.of(
                "Letterhead",
                "",
                "lean Mr Crabbree,",
                "",
                "Re: Budget 2016/17",
                "Body.",
                "Yours sincerely",
                "",
                "Jane Smith",
                "cc: Someone Else"));

        assertThat(parts.head()).containsExactly("Letterhead", "");
        assertThat(parts.subject()).isEqualTo("Budget 2016/17");
        assertThat(parts.signature()).containsExactly("", "Jane Smith");
    }

    @Test
    void aFirstParagraphIsNoSubject() {
        LetterParts parts = LetterParts.of(List.of("Dear Sir,", "", "Thank you for your letter of 2 April.", "Yours"));

        assertThat(parts.subject()).isNull();
    }
}
