package org.stocktake.signing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;
import org.stocktake.signing.TestPki;

/**
 * The signer's certificate judged offline against a trust list, from the chain and revocation data the PDF carries:
 * the test authority is made here, and nothing is fetched.
 */
class ChainOfTrustTest {

    private static final TestPki PKI = new TestPki();

    private final PdfVerifier verifier = new PdfVerifier();

    @TempDir
    Path folder;

    @Test
    void aChainReachingAListedRootIsTrusted() throws Exception {
        SignatureCheck check = only(signed(PKI.signer, List.of()), List.of(PKI.root.certificate()));

        assertThat(check.trust()).isEqualTo(Trust.TRUSTED);
        assertThat(check.root()).isEqualTo("Test Root CA");
        assertThat(check.holds()).isTrue();
        assertThat(check.certificateStatus()).isEqualTo("trusted (root: Test Root CA)");
    }

    @Test
    void aListedIntermediateIsEnoughToTrust() throws Exception {
        SignatureCheck check = only(signed(PKI.signer, List.of()), List.of(PKI.intermediate.certificate()));

        assertThat(check.trust()).isEqualTo(Trust.TRUSTED);
        assertThat(check.root()).isEqualTo("Test Intermediate CA");
    }

    @Test
    void aChainToARootNotListedIsNotTrustedAndNamesTheRoot() throws Exception {
        TestPki other = new TestPki("Other Root CA", "Other Intermediate CA");

        SignatureCheck check = only(signed(PKI.signer, List.of()), List.of(other.root.certificate()));

        assertThat(check.trust()).isEqualTo(Trust.NOT_TRUSTED);
        assertThat(check.root()).isEqualTo("Test Root CA");
        assertThat(check.certificateStatus()).isEqualTo("not trusted (root: Test Root CA)");
        assertThat(check.holds()).isTrue();
    }

    @Test
    void aChainBreakingOffNamesTheIssuerNotFound() throws Exception {
        byte[] pdf = sign(
                TestPdfs.letterForTwo(), PKI.signer.key(), List.of(PKI.signer.certificate()), List.of(), Instant.now());

        SignatureCheck check = only(pdf, List.of(PKI.root.certificate()));

        assertThat(check.trust()).isEqualTo(Trust.NOT_TRUSTED);
        assertThat(check.certificateStatus()).isEqualTo("not trusted (issuer Test Intermediate CA not found)");
    }

    @Test
    void aSelfSignedCertificateIsMarkedAsSuch() throws Exception {
        TestKeys.Identity self = TestKeys.selfSigned("Ian Ward");
        byte[] pdf = sign(TestPdfs.letterForTwo(), self.key(), self.chain(), List.of(), Instant.now());

        SignatureCheck check = only(pdf, List.of(PKI.root.certificate()));

        assertThat(check.trust()).isEqualTo(Trust.SELF_SIGNED);
        assertThat(check.certificateStatus()).startsWith("self-signed");
    }

    @Test
    void aCertificateExpiredAtTheSigningTimeDoesNotHold() throws Exception {
        SignatureCheck check = only(signed(PKI.expired, List.of()), List.of(PKI.root.certificate()));

        assertThat(check.certificateValidity()).isEqualTo(CertificateValidity.EXPIRED);
        assertThat(check.certificateStatus()).isEqualTo("expired at the signing time");
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aCertificateNotYetValidAtTheSigningTimeDoesNotHold() throws Exception {
        TestKeys.Identity early = PKI.issue(
                "Jackie Kennedy",
                Instant.now().plusSeconds(86_400 * 10),
                Instant.now().plusSeconds(86_400 * 400));
        byte[] pdf = sign(TestPdfs.letterForTwo(), early.key(), PKI.chainOf(early), List.of(), Instant.now());

        SignatureCheck check = only(pdf, List.of(PKI.root.certificate()));

        assertThat(check.certificateValidity()).isEqualTo(CertificateValidity.NOT_YET_VALID);
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aCertificateTheCrlInThePdfListsIsRevoked() throws Exception {
        SignatureCheck check = only(signed(PKI.revoked, List.of(PKI.crl)), List.of(PKI.root.certificate()));

        assertThat(check.revocation()).isEqualTo(Revocation.REVOKED);
        assertThat(check.revocationSource()).isEqualTo("CRL");
        assertThat(check.certificateStatus()).startsWith("revoked on ");
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aCertificateTheCrlDoesNotListIsCheckedAndNotRevoked() throws Exception {
        SignatureCheck check = only(signed(PKI.signer, List.of(PKI.crl)), List.of(PKI.root.certificate()));

        assertThat(check.revocation()).isEqualTo(Revocation.NOT_REVOKED);
        assertThat(check.revocationStatus()).isEqualTo("not revoked (CRL in the PDF)");
        assertThat(check.holds()).isTrue();
    }

    @Test
    void withoutRevocationDataRevocationIsNotCheckedAndThatIsNoFailure() throws Exception {
        SignatureCheck check = only(signed(PKI.revoked, List.of()), List.of(PKI.root.certificate()));

        assertThat(check.revocation()).isEqualTo(Revocation.NOT_CHECKED);
        assertThat(check.revocationStatus()).startsWith("not checked");
        assertThat(check.holds()).isTrue();
    }

    @Test
    void aCrlFromAnotherAuthorityChecksNothing() throws Exception {
        TestPki other = new TestPki("Test Root CA", "Test Intermediate CA");
        X509CRL forged = TestPki.crl(other.intermediate, PKI.signer.certificate(), Instant.now());

        SignatureCheck check = only(signed(PKI.signer, List.of(forged)), List.of(PKI.root.certificate()));

        assertThat(check.revocation()).isEqualTo(Revocation.NOT_CHECKED);
    }

    @Test
    void signingAJointLetterLeavesTheChainsAndCrlInTheStoreAndBothSignaturesValid() throws Exception {
        TestKeys.Identity leader = PKI.issue(
                "Ian Ward", Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(86_400 * 365));
        byte[] first = sign(
                TestPdfs.letterForTwo(),
                PKI.signer.key(),
                PKI.chainOf(PKI.signer),
                List.of(PKI.crl),
                Instant.now(),
                "signatory-1");
        byte[] both = sign(first, leader.key(), PKI.chainOf(leader), List.of(), Instant.now(), "signatory-2");

        VerificationReport report = verifier.verify(both, "letter.pdf", List.of(PKI.root.certificate()));
        assertThat(report.allHold()).isTrue();
        assertThat(report.signatures()).extracting(SignatureCheck::trust).containsOnly(Trust.TRUSTED);
        assertThat(report.signatures())
                .extracting(SignatureCheck::revocation)
                .containsExactly(Revocation.NOT_REVOKED, Revocation.NOT_REVOKED);
        assertThat(report.signatures())
                .extracting(SignatureCheck::changesAfter)
                .containsExactly(ChangesAfter.SIGNATURES_ADDED, ChangesAfter.VALIDATION_DATA_ADDED);
        try (PDDocument document = Loader.loadPDF(both)) {
            ValidationData stored = DocumentSecurityStore.read(document);
            assertThat(stored.certificates())
                    .contains(
                            PKI.signer.certificate(),
                            leader.certificate(),
                            PKI.intermediate.certificate(),
                            PKI.root.certificate());
            assertThat(stored.crls()).containsExactly(PKI.crl);
        }
        Path file = folder.resolve("joint.pdf");
        Files.write(file, both);
        String pdfsig = Pdfsig.report(file);
        assertThat(Pdfsig.validSignatures(pdfsig)).as(pdfsig).isEqualTo(2);
    }

    private byte[] signed(TestKeys.Identity who, List<X509CRL> crls) throws IOException {
        return sign(TestPdfs.letterForTwo(), who.key(), PKI.chainOf(who), crls, Instant.now());
    }

    private static byte[] sign(
            byte[] pdf,
            java.security.PrivateKey key,
            List<java.security.cert.X509Certificate> chain,
            List<X509CRL> crls,
            Instant time)
            throws IOException {
        return sign(pdf, key, chain, crls, time, null);
    }

    private static byte[] sign(
            byte[] pdf,
            java.security.PrivateKey key,
            List<java.security.cert.X509Certificate> chain,
            List<X509CRL> crls,
            Instant time,
            String field)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSigner()
                .sign(pdf, "letter.pdf", new SignatureRequest(key, chain, field, null, null, null, time, crls), out);
        return out.toByteArray();
    }

    private SignatureCheck only(byte[] pdf, List<java.security.cert.X509Certificate> trusted) {
        VerificationReport report = verifier.verify(pdf, "letter.pdf", trusted);
        assertThat(report.signatures()).hasSize(1);
        return report.signatures().get(0);
    }
}
