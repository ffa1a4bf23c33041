package org.stocktake.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDialectTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 20", "-5% budget", "@SUM(A1)", "\tindented", "\rreturn", "=cmd|' /C calc'!A0"})
    void aCellThatStartsLikeAFormulaIsPrefixedWithAQuote(String text) {
        assertThat(CsvDialect.cell(text)).isEqualTo("'" + text);
        assertThat(CsvDialect.restore(CsvDialect.cell(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Budget", "5% budget", "it's", "'quoted'", "a=b", "", " =spaced", "'", "''"})
    void anyOtherCellIsLeftAlone(String text) {
        assertThat(CsvDialect.cell(text)).isEqualTo(text);
        assertThat(CsvDialect.restore(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=1+1", "''-5", "'@x"})
    void textThatAlreadyLooksNeutralisedStillRoundTrips(String text) {
        assertThat(CsvDialect.cell(text)).isEqualTo("'" + text);
        assertThat(CsvDialect.restore(CsvDialect.cell(text))).isEqualTo(text);
    }

    @Test
    void valuesAreWrittenOneWay() {
        assertThat(CsvDialect.cell(null)).isEmpty();
        assertThat(CsvDialect.cell(-3)).as("a number is not a formula").isEqualTo("-3");
        assertThat(CsvDialect.cell(LocalDate.of(2016, 2, 29))).isEqualTo("2016-02-29");
        assertThat(CsvDialect.cell(OffsetDateTime.of(2016, 1, 11, 10, 0, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("2016-01-11T10:00:00Z");
        assertThat(CsvDialect.cell(true)).isEqualTo("true");
    }

    @Test
    void aFileStartsWithTheByteOrderMarkAndEndsEveryRowWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter printer = CsvDialect.start(out, "a", "b");
        CsvDialect.printRow(printer, "x, y", "line\nbreak");
        printer.flush();

        assertThat(out.toString()).isEqualTo("\uFEFFa,b\r\n\"x, y\",\"line\nbreak\"\r\n");
    }
}
