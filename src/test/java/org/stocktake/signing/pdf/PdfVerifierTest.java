package org.stocktake.signing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;

class PdfVerifierTest {

    private static final TestKeys.Identity CHAIR = TestKeys.selfSigned("J R A Crabtree");
    private static final TestKeys.Identity LEADER = TestKeys.selfSigned("Ian Ward");

    private final PdfVerifier verifier = new PdfVerifier();

    @Test
    void bothSignaturesOfAJointLetterHold() throws Exception {
        byte[] both = PdfSignerTest.sign(
                PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1"), LEADER, "signatory-2");

        VerificationReport report = verifier.verify(both, "letter.pdf");

        assertThat(report.allHold()).isTrue();
        assertThat(report.unsignedFields()).isEmpty();
        SignatureCheck first = report.signatures().get(0);
        SignatureCheck second = report.signatures().get(1);
        assertThat(first.field()).isEqualTo("signatory-1");
        assertThat(first.signer()).isEqualTo("J R A Crabtree");
        assertThat(first.changesAfter()).isEqualTo(ChangesAfter.SIGNATURES_ADDED);
        assertThat(first.coversWholeRevision()).isTrue();
        assertThat(first.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(first.selfSigned()).isTrue();
        assertThat(first.trust()).isEqualTo(Trust.SELF_SIGNED);
        assertThat(first.revocation()).isEqualTo(Revocation.NOT_CHECKED);
        assertThat(first.certificateValidity()).isEqualTo(CertificateValidity.VALID);
        assertThat(second.signer()).isEqualTo("Ian Ward");
        assertThat(second.changesAfter()).isEqualTo(ChangesAfter.VALIDATION_DATA_ADDED);
        assertThat(Duration.between(second.signingTime(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void aFieldAwaitingItsSignatoryIsListed() throws Exception {
        byte[] half = PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1");

        VerificationReport report = verifier.verify(half, "letter.pdf");

        assertThat(report.allHold()).isTrue();
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.unsignedFields()).containsExactly("signatory-2");
    }

    @Test
    void aLetterWithoutSignaturesDoesNotHold() {
        VerificationReport report = verifier.verify(TestPdfs.letterForTwo(), "letter.pdf");

        assertThat(report.signatures()).isEmpty();
        assertThat(report.unsignedFields()).containsExactly("signatory-1", "signatory-2");
        assertThat(report.allHold()).isFalse();
    }

    @Test
    void oneByteChangedInsideTheSignedRangeBreaksTheDigest() throws Exception {
        byte[] signed = PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1");

        SignatureCheck check =
                verifier.verify(tampered(signed), "letter.pdf").signatures().get(0);

        assertThat(check.digestMatches()).isFalse();
        assertThat(check.signatureVerifies()).isTrue();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aSignatureNotMadeByTheCertificatesKeyIsReported() throws Exception {
        SignatureRequest forged =
                new SignatureRequest(TestKeys.strangerKey(), CHAIR.chain(), null, null, null, null, Instant.now());

        SignatureCheck check = verifier.verify(PdfSignerTest.sign(TestPdfs.letterForTwo(), forged), "letter.pdf")
                .signatures()
                .get(0);

        assertThat(check.digestMatches()).isTrue();
        assertThat(check.signatureVerifies()).isFalse();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void contentChangedInALaterRevisionIsReported() throws Exception {
        byte[] changed = withARectangleAdded(PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1"));

        SignatureCheck check =
                verifier.verify(changed, "letter.pdf").signatures().get(0);

        assertThat(check.digestMatches()).isTrue();
        assertThat(check.changesAfter()).isEqualTo(ChangesAfter.OTHER_CHANGES);
        assertThat(check.holds()).isFalse();
    }

    @Test
    void aChangeSlippedInBeforeTheNextSignatureIsStillAChange() throws Exception {
        byte[] changed = withARectangleAdded(PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1"));
        byte[] both = PdfSignerTest.sign(changed, LEADER, "signatory-2");

        VerificationReport report = verifier.verify(both, "letter.pdf");

        assertThat(report.signatures().get(0).changesAfter()).isEqualTo(ChangesAfter.OTHER_CHANGES);
        assertThat(report.signatures().get(0).holds()).isFalse();
        assertThat(report.signatures().get(1).holds()).isTrue();
    }

    /** Draws on the first page in an incremental update, as an editor would after signing. */
    private static byte[] withARectangleAdded(byte[] signed) throws Exception {
        try (PDDocument document = TestPdfs.load(signed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.addRect(100, 100, 50, 50);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @Test
    void aCertificateExpiredAtTheSigningTimeIsReported() throws Exception {
        TestKeys.Identity old = TestKeys.issued(
                "J R A Crabtree", Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"));
        TestKeys.Identity early = TestKeys.issued(
                "J R A Crabtree",
                Instant.now().plus(Duration.ofDays(30)),
                Instant.now().plus(Duration.ofDays(400)));

        SignatureCheck expired = verifier.verify(PdfSignerTest.sign(TestPdfs.letterForTwo(), old, null), "letter.pdf")
                .signatures()
                .get(0);
        SignatureCheck notYet = verifier.verify(PdfSignerTest.sign(TestPdfs.letterForTwo(), early, null), "letter.pdf")
                .signatures()
                .get(0);

        assertThat(expired.certificateValidity()).isEqualTo(CertificateValidity.EXPIRED);
        assertThat(expired.digestMatches()).isTrue();
        assertThat(expired.holds()).isFalse();
        assertThat(notYet.certificateValidity()).isEqualTo(CertificateValidity.NOT_YET_VALID);
        assertThat(notYet.holds()).isFalse();
    }

    @Test
    void aReceivedPkcs7DetachedSignatureIsChecked() throws Exception {
        byte[] received;
        try (PDDocument document = TestPdfs.load(TestPdfs.letterForTwo())) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    generator.addSignerInfoGenerator(
                            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                                    .build(
                                            new JcaContentSignerBuilder("SHA256withRSA").build(LEADER.key()),
                                            LEADER.certificate()));
                    generator.addCertificates(new JcaCertStore(LEADER.chain()));
                    return generator
                            .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                            .getEncoded();
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            received = out.toByteArray();
        }

        VerificationReport report = verifier.verify(received, "received.pdf");

        assertThat(report.allHold()).isTrue();
        assertThat(report.signatures().get(0).subFilter()).isEqualTo("adbe.pkcs7.detached");
        assertThat(report.signatures().get(0).signer()).isEqualTo("Ian Ward");
    }

    @Test
    void aFileThatIsNotAWholePdfIsOneSentence() throws Exception {
        byte[] signed = PdfSignerTest.sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1");

        assertThatThrownBy(() -> verifier.verify(new byte[0], "letter.pdf"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("letter.pdf is empty; it is not a PDF.");
        assertThatThrownBy(() -> verifier.verify("Dear Secretary of State".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("a.txt is not a PDF.");
        assertThatThrownBy(() -> verifier.verify(Arrays.copyOf(signed, 400), "letter.pdf"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("letter.pdf is damaged or cut short; it cannot be read as a PDF.");
    }

    /** The same file with one character of its XMP changed, well inside the first signed range. */
    static byte[] tampered(byte[] signed) {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Progress letter");
        assertThat(at).isPositive();
        byte[] copy = signed.clone();
        copy[at] = 'Q';
        return copy;
    }
}
