package org.stocktake.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedDateTest {

    @Test
    void isoAndBritishDayFirstAreRead() {
        assertThat(TypedDate.parse("2015-12-31")).contains(LocalDate.of(2015, 12, 31));
        assertThat(TypedDate.parse(" 31/12/2015 ")).contains(LocalDate.of(2015, 12, 31));
        assertThat(TypedDate.parse("5/1/2016")).contains(LocalDate.of(2016, 1, 5));
    }

    @Test
    void impossibleDatesAreRefusedNotRolledOver() {
        assertThat(TypedDate.parse("31/02/2015")).isEmpty();
        assertThat(TypedDate.parse("2015-02-29")).isEmpty();
        assertThat(TypedDate.parse("31/13/2015")).isEmpty();
    }

    @Test
    void otherSpellingsAndBlanksAreNotDates() {
        assertThat(TypedDate.parse("12/31/2015"))
                .as("month first is not British")
                .isEmpty();
        assertThat(TypedDate.parse("9 December 2014")).isEmpty();
        assertThat(TypedDate.parse("  ")).isEmpty();
        assertThat(TypedDate.parse(null)).isEmpty();
    }
}
