package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFinderTest {

    @Test
    void prefersTheWritersOwnReference() {
        assertThat(ReferenceFinder.find(List.of("Ref: 99/1", "Your ref: CD/2", "Our ref: AB/123 Date: 1 May 2016")))
                .isEqualTo("AB/123");
    }

    @Test
    void takesABareReferenceThenTheirs() {
        assertThat(ReferenceFinder.find(List.of("Your reference: 2016/44", "Ref: MC2016/0071")))
                .isEqualTo("MC2016/0071");
        assertThat(ReferenceFinder.find(List.of("Your ref. 2016/44"))).isEqualTo("2016/44");
    }

    @Test
    void proseIsNoReference() {
        assertThat(ReferenceFinder.find(
                        List.of("Reference is made to the report", "with reference to the plan", "Preference: none")))
                .isNull();
    }
}
