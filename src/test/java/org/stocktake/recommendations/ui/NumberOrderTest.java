package org.stocktake.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberOrderTest {

    @Test
    void numbersSortAsPeopleReadThem() {
        List<String> numbers = new ArrayList<>(List.of("10", "2", "3b", "3a", "1", "03", "A1", "11", "3"));
        numbers.sort(NumberOrder.INSTANCE);
        assertThat(numbers).containsExactly("1", "2", "3", "03", "3a", "3b", "10", "11", "A1");
    }
}
