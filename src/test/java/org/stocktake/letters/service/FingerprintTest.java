package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fingerprint of the data a passage was written from. */
class FingerprintTest {

    @Test
    void theSameDataGivesTheSameFingerprint() {
        assertThat(new Fingerprint().with("level", "G", "Good progress").sha256())
                .isEqualTo(new Fingerprint().with("level", "G", "Good progress").sha256())
                .matches("[0-9a-f]{64}");
    }

    @Test
    void aValueHoldingTheSeparatorCannotPassForTwoValues() {
        assertThat(new Fingerprint().with("title", "a|b").sha256())
                .isNotEqualTo(new Fingerprint().with("title", "a", "b").sha256());
        assertThat(new Fingerprint().with("title", "a\ntitle=b").sha256())
                .isNotEqualTo(
                        new Fingerprint().with("title", "a").with("title", "b").sha256());
    }

    @Test
    void theCanonicalFormIsOneLinePerField() {
        assertThat(new Fingerprint()
                        .with("round", "March assessment", null)
                        .with("level", 3)
                        .canonical())
                .isEqualTo("round=March assessment|\nlevel=3\n");
    }
}
