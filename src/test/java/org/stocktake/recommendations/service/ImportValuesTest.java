package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportValuesTest {

    private final List<ImportProblem> problems = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"2015-12-31, 2015-12-31", "31/12/2015, 2015-12-31", "1/5/2015, 2015-05-01", "' 29/02/2016 ', 2016-02-29"
    })
    void isoAndUkDatesAreRead(String text, LocalDate expected) {
        assertThat(ImportValues.date(text, 2, "milestone", "milestone", problems))
                .isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/13/2015", "2015-02-29", "12/31/2015", "2015/12/31", "Dec 2015", "31-12-2015"})
    void otherDatesAreProblemsNamingLineAndValue(String text) {
        assertThat(ImportValues.date(text, 4, "milestone", "milestone", problems))
                .isNull();
        assertThat(problems)
                .containsExactly(new ImportProblem(
                        4,
                        "milestone",
                        "Line 4: the milestone '" + text + "' is not a date (use 2015-12-31 or 31/12/2015)."));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "Yes, true", "y, true", "1, true", "FALSE, false", "no, false", "N, false", "0, false"})
    void summaryWordsAreRead(String text, boolean expected) {
        assertThat(ImportValues.summary(text, 2, "summary", problems)).isEqualTo(expected);
        assertThat(problems).isEmpty();
    }

    @Test
    void emptySummaryIsNo() {
        assertThat(ImportValues.summary("  ", 2, "summary", problems)).isFalse();
        assertThat(ImportValues.summary(null, 2, "summary", problems)).isFalse();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve", "12.0", "1e3", "99999999999", "12 13"})
    void pageMustBeAWholeNumber(String text) {
        assertThat(ImportValues.page(text, 5, "source_page", problems)).isNull();
        assertThat(problems).extracting(ImportProblem::line).containsExactly(5);
    }

    @Test
    void wholePagesAreReadAndLowOnesLeftToTheDraftToRefuse() {
        assertThat(ImportValues.page(" 12 ", 5, "source_page", problems)).isEqualTo(12);
        assertThat(ImportValues.page("0", 5, "source_page", problems)).isZero();
        assertThat(ImportValues.page("", 5, "source_page", problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void byteOrderMarkIsDroppedAndBadByteFoundOnItsLine() {
        byte[] withBom = "\uFEFFnumber".getBytes(StandardCharsets.UTF_8);
        assertThat(ImportText.decode(withBom).text()).isEqualTo("number");

        byte[] bad = {'a', '\r', '\n', 'b', '\r', 'c', '\n', (byte) 0xC3, '(', '\n'};
        assertThat(ImportText.decode(bad).problem().line()).isEqualTo(4);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsNotTakenForText() {
        byte[] utf16 = "number,title\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(ImportText.decode(utf16).problem().message()).contains("it may be UTF-16");
    }

    @Test
    void headerNamesIgnoreCaseAndWordSeparators() {
        assertThat(CsvColumn.forHeader(" Source Page ")).contains(CsvColumn.SOURCE_PAGE);
        assertThat(CsvColumn.forHeader("SOURCE-DOCUMENT")).contains(CsvColumn.SOURCE_DOCUMENT);
        assertThat(CsvColumn.forHeader("source__page")).contains(CsvColumn.SOURCE_PAGE);
        assertThat(CsvColumn.forHeader("sourcepage")).isEmpty();
    }

    @Test
    void lineIndexCountsCrLfAndLoneCrAsOneBreak() {
        LineIndex lines = new LineIndex("a\r\nb\rc\nd");

        assertThat(lines.lineAt(0)).isEqualTo(1);
        assertThat(lines.lineAt(3)).isEqualTo(2);
        assertThat(lines.lineAt(5)).isEqualTo(3);
        assertThat(lines.lineAt(7)).isEqualTo(4);
        assertThat(lines.firstLineWithTextFrom(1)).isEqualTo(2);
    }
}
