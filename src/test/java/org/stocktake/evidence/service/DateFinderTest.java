package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "11 January 2016|2016-01-11|DAY",
                "11th January 2016|2016-01-11|DAY",
                "the 1st of March 2017|2017-03-01|DAY",
                "Dated: 11/01/2016|2016-01-11|DAY",
                "11.01.2016|2016-01-11|DAY",
                "11/01/16|2016-01-11|DAY",
                "2016-01-11|2016-01-11|DAY",
                "January 11, 2016|2016-01-11|DAY",
                "1 1 January 2016|2016-01-11|DAY",
                "11 Janua ry 2016|2016-01-11|DAY",
                "08 March 2018|2018-03-08|DAY",
                "11 Sept 2015|2015-09-11|DAY",
                "March 2016|2016-03-01|MONTH",
                "MARCH 2016|2016-03-01|MONTH",
                "31 February 2016|2016-02-01|MONTH",
                "published in Dec. 2014, and|2014-12-01|MONTH"
            })
    void readsBritishDatesAndTheirOcrForms(String text, LocalDate date, DatePrecision precision) {
        List<DateFinder.Found> found = DateFinder.find(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).date()).isEqualTo(date);
        assertThat(found.get(0).precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thank you for your letter of 2 April",
                "Tel: 0303 444 3450",
                "paragraph 2.5.16 applies",
                "we may 2016 be late",
                "the 2018/19 budget",
                "4th Floor, Fry Building"
            })
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(DateFinder.find(text)).isEmpty();
    }

    @Test
    void listsSeveralDatesInTheOrderTheyStand() {
        assertThat(DateFinder.find("From March 2016 to 5 April 2017"))
                .extracting(DateFinder.Found::date)
                .containsExactly(LocalDate.of(2016, 3, 1), LocalDate.of(2017, 4, 5));
    }
}
