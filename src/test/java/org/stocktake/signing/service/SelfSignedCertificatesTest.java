package org.stocktake.signing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.Actor;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.TestPdfs;
import org.stocktake.signing.pdf.VerificationReport;

class SelfSignedCertificatesTest {

    private static final char[] PASSWORD = "correct horse".toCharArray();
    private static final Actor CLERK = new Actor("Panel clerk");

    @TempDir
    Path folder;

    private final SigningService service = new SigningService(Clock.systemUTC());

    @Test
    void aNewEllipticCurveCertificateOpensAndSigns() throws Exception {
        Path p12 = folder.resolve("chair.p12");
        service.createSelfSigned(
                CLERK,
                new CertificateRequest(
                        "J R A Crabtree", "Birmingham Independent Improvement Panel", "chair", 3, KeyKind.EC_P256),
                p12,
                PASSWORD);

        SigningKey key = service.openKey(p12, PASSWORD, "chair");
        assertThat(key.certificate().getSubjectX500Principal().getName())
                .isEqualTo("OU=Self-signed in Stocktake,O=Birmingham Independent Improvement Panel,CN=J R A Crabtree");
        assertThat(key.selfSigned()).isTrue();
        assertThat(key.key().getAlgorithm()).isEqualTo("EC");
        assertThat(Files.getPosixFilePermissions(p12)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        SignedDocument signed = service.sign(CLERK, TestPdfs.letterForTwo(), "letter.pdf", key, SignOptions.plain());
        VerificationReport report = service.verify(signed.pdf(), "letter.pdf");
        assertThat(report.allHold()).isTrue();
        String pdfsig = Pdfsig.report(Files.write(folder.resolve("signed.pdf"), signed.pdf()));
        assertThat(Pdfsig.validSignatures(pdfsig)).as(pdfsig).isEqualTo(1);
    }

    @Test
    void anRsaCertificateIsValidForTheYearsAsked() {
        Path p12 = folder.resolve("leader.p12");
        SigningKey key = SelfSignedCertificates.create(
                new CertificateRequest("Ian Ward", null, null, 2, KeyKind.RSA_3072),
                p12,
                PASSWORD,
                Instant.parse("2026-01-29T10:00:00Z"));

        assertThat(key.alias()).isEqualTo("signing");
        assertThat(key.certificate().getNotAfter().toInstant()).isEqualTo(Instant.parse("2028-01-29T10:00:00Z"));
        assertThat(key.certificate().getSubjectX500Principal().getName())
                .isEqualTo("OU=Self-signed in Stocktake,CN=Ian Ward");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path p12 = Files.writeString(folder.resolve("chair.p12"), "someone's keystore");

        assertThatThrownBy(() -> service.createSelfSigned(
                        CLERK,
                        new CertificateRequest("J R A Crabtree", null, "chair", 3, KeyKind.EC_P256),
                        p12,
                        PASSWORD))
                .isInstanceOf(ValidationException.class)
                .hasMessage(p12 + " exists already; Stocktake never writes over a keystore. Choose another file name.");
        assertThat(Files.readString(p12)).isEqualTo("someone's keystore");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(p12);
        }
    }

    @Test
    void aNameAndSensibleYearsAreRequired() {
        assertThatThrownBy(() -> new CertificateRequest(" ", null, null, 40, KeyKind.RSA_3072))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Give the name of the certificate's holder. A certificate is valid for 1 to 30 years, not"
                        + " 40.");
    }
}
