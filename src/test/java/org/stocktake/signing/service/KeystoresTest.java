package org.stocktake.signing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.TestKeys;

class KeystoresTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();
    private static final Instant NOW = Instant.now();

    @TempDir
    Path folder;

    @Test
    void opensTheKeyUnderItsAlias() {
        Path p12 = TestKeys.p12(folder.resolve("chair.p12"), TestKeys.selfSigned("J R A Crabtree"), "chair", PASSWORD);

        SigningKey key = Keystores.open(p12, PASSWORD, "chair", NOW);

        assertThat(key.alias()).isEqualTo("chair");
        assertThat(key.holderName()).isEqualTo("J R A Crabtree");
        assertThat(key.selfSigned()).isTrue();
    }

    @Test
    void aWrongPasswordIsOneSentence() {
        Path p12 = TestKeys.p12(folder.resolve("chair.p12"), TestKeys.selfSigned("J R A Crabtree"), "chair", PASSWORD);

        assertThatThrownBy(() -> Keystores.open(p12, "wrong".toCharArray(), "chair", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The password for the keystore " + p12 + " is wrong.");
    }

    @Test
    void aMissingAliasListsThoseThereAre() {
        Path p12 = TestKeys.p12(folder.resolve("chair.p12"), TestKeys.selfSigned("J R A Crabtree"), "chair", PASSWORD);

        assertThatThrownBy(() -> Keystores.open(p12, PASSWORD, "leader", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The keystore " + p12 + " has no key named leader; it has chair.");
    }

    @Test
    void aCertificateWithoutItsKeyCannotSign() {
        Path p12 = TestKeys.certificateOnly(
                folder.resolve("their.p12"), TestKeys.selfSigned("Ian Ward"), "leader", PASSWORD);

        assertThatThrownBy(() -> Keystores.open(p12, PASSWORD, "leader", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The entry leader in " + p12 + " holds a certificate but no private key");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        TestKeys.Identity old = TestKeys.issued(
                "J R A Crabtree", Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"));
        Path p12 = TestKeys.p12(folder.resolve("old.p12"), old, "chair", PASSWORD);

        assertThatThrownBy(() -> Keystores.open(p12, PASSWORD, "chair", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The certificate of chair expired on 1 January 2020;");
    }

    @Test
    void aCertificateNotYetValidIsRefused() {
        TestKeys.Identity early = TestKeys.issued(
                "J R A Crabtree", Instant.parse("2099-03-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
        Path p12 = TestKeys.p12(folder.resolve("early.p12"), early, "chair", PASSWORD);

        assertThatThrownBy(() -> Keystores.open(p12, PASSWORD, "chair", NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The certificate of chair is not valid until 1 March 2099; sign on or after that day.");
    }

    @Test
    void aFileThatIsNoKeystoreIsOneSentence() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.p12"), "not a keystore");

        assertThatThrownBy(() -> Keystores.open(text, PASSWORD, "chair", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage(text + " is not a PKCS#12 keystore (a .p12 or .pfx file) that can be read.");
        assertThatThrownBy(() -> Keystores.open(folder.resolve("missing.p12"), PASSWORD, "chair", NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessage("The keystore " + folder.resolve("missing.p12") + " does not exist.");
    }
}
