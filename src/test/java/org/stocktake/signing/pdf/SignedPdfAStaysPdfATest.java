package org.stocktake.signing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktake.signing.TestImages;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;
import org.stocktake.signing.TestPki;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF checks PDF/A rules only, never the cryptography: pdfsig does that in {@link PdfSignerTest}. */
class SignedPdfAStaysPdfATest {

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theUnsignedLetterIsPdfA2b() throws Exception {
        assertThat(failures(TestPdfs.letterForTwo())).isEmpty();
    }

    @Test
    void twoVisibleSignaturesWithAPictureKeepTheLetterPdfA2b() throws Exception {
        SignatureRequest chair = new SignatureRequest(
                TestKeys.selfSigned("J R A Crabtree").key(),
                TestKeys.selfSigned("J R A Crabtree").chain(),
                "signatory-1",
                TestImages.handwrittenSignature(),
                null,
                null,
                Instant.parse("2026-02-03T10:15:00Z"));
        byte[] first = PdfSignerTest.sign(TestPdfs.letterForTwo(), chair);
        byte[] both = PdfSignerTest.sign(first, TestKeys.selfSigned("Ian Ward"), "signatory-2");

        assertThat(failures(both)).isEmpty();
    }

    @Test
    void aSignatureAddedOnTheLastPageKeepsTheLetterPdfA2b() throws Exception {
        byte[] signed = PdfSignerTest.sign(TestPdfs.letter(2, 0), TestKeys.selfSigned("J R A Crabtree"), null);

        assertThat(failures(signed)).isEmpty();
    }

    @Test
    void theValidationDataAddedAfterEachSignatoryKeepsAJointLetterPdfA2b() throws Exception {
        TestPki pki = new TestPki();
        TestKeys.Identity leader = pki.issue(
                "Ian Ward", Instant.now().minusSeconds(86_400), Instant.now().plusSeconds(86_400 * 365));
        Instant now = Instant.now();
        byte[] first = PdfSignerTest.sign(
                TestPdfs.letterForTwo(),
                new SignatureRequest(
                        pki.signer.key(),
                        pki.chainOf(pki.signer),
                        "signatory-1",
                        TestImages.handwrittenSignature(),
                        null,
                        null,
                        now,
                        java.util.List.of(pki.crl)));
        byte[] both = PdfSignerTest.sign(
                first,
                new SignatureRequest(
                        leader.key(), pki.chainOf(leader), "signatory-2", null, null, null, now, java.util.List.of()));

        assertThat(new PdfVerifier().verify(both, "joint.pdf").allHold()).isTrue();
        assertThat(failures(both)).isEmpty();
    }

    private static java.util.List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + " " + assertion.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
