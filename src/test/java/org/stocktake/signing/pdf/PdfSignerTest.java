package org.stocktake.signing.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.ValidationException;
import org.stocktake.signing.LocalTimestampAuthority;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.TestPdfs;

class PdfSignerTest {

    private static final TestKeys.Identity CHAIR = TestKeys.selfSigned("J R A Crabtree");
    private static final TestKeys.Identity LEADER = TestKeys.selfSigned("Ian Ward");

    @TempDir
    Path folder;

    private final PdfSigner signer = new PdfSigner();

    static byte[] sign(byte[] pdf, TestKeys.Identity who, String field) throws IOException {
        return sign(pdf, request(who, field, null));
    }

    static byte[] sign(byte[] pdf, SignatureRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSigner().sign(pdf, "letter.pdf", request, out);
        return out.toByteArray();
    }

    static SignatureRequest request(TestKeys.Identity who, String field, URI authority) {
        return new SignatureRequest(
                who.key(), who.chain(), field, null, "Approved by the panel", authority, Instant.now());
    }

    @Test
    void signedLetterPassesPdfsig() throws Exception {
        byte[] signed = sign(TestPdfs.letterForTwo(), CHAIR, null);

        String report = Pdfsig.report(write("signed.pdf", signed));
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(1);
        assertThat(report).contains("J R A Crabtree").contains("ETSI.CAdES.detached");
    }

    @Test
    void aSecondSignatoryKeepsTheFirstSignatureValid() throws Exception {
        byte[] first = sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1");
        byte[] both = sign(first, LEADER, "signatory-2");

        assertThat(both).startsWith(first);
        String report = Pdfsig.report(write("both.pdf", both));
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(2);
        assertThat(report).contains("signatory-1").contains("signatory-2");
    }

    @Test
    void theSignatureIsPadesBaselineBWithoutASigningTimeAttribute() throws Exception {
        byte[] signed = sign(TestPdfs.letterForTwo(), CHAIR, null);

        try (PDDocument document = TestPdfs.load(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate()).isNotNull();
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                info = ContentInfo.getInstance(in.readObject());
            }
            SignerInformation signer = new CMSSignedData(info)
                    .getSignerInfos()
                    .getSigners()
                    .iterator()
                    .next();
            AttributeTable attributes = signer.getSignedAttributes();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).isNull();
            assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
        }
    }

    @Test
    void signsTheFirstEmptyFieldWhenNoneIsNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SigningOutcome outcome = signer.sign(TestPdfs.letterForTwo(), "letter.pdf", request(CHAIR, null, null), out);

        assertThat(outcome.field()).isEqualTo("signatory-1");
        assertThat(outcome.addedField()).isFalse();
    }

    @Test
    void addsAFieldWhenNoneIsEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SigningOutcome outcome = signer.sign(TestPdfs.letter(3, 0), "letter.pdf", request(CHAIR, null, null), out);

        assertThat(outcome.field()).isEqualTo("signature-1");
        assertThat(outcome.addedField()).isTrue();
        String report = Pdfsig.report(write("added.pdf", out.toByteArray()));
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(1);
    }

    @Test
    void aFieldThatDoesNotExistIsRefusedNamingTheEmptyOnes() {
        assertThatThrownBy(() -> sign(TestPdfs.letterForTwo(), CHAIR, "signatory-9"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("letter.pdf has no signature field named signatory-9; its empty signature fields are"
                        + " signatory-1, signatory-2.");
    }

    @Test
    void aSignedFieldIsNotSignedAgain() throws Exception {
        byte[] first = sign(TestPdfs.letterForTwo(), CHAIR, "signatory-1");

        assertThatThrownBy(() -> sign(first, LEADER, "signatory-1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("The field signatory-1 in letter.pdf is signed already");
    }

    @Test
    void anUnreachableTimestampAuthoritySignsWithoutAndSaysSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SigningOutcome outcome = signer.sign(
                TestPdfs.letterForTwo(), "letter.pdf", request(CHAIR, null, URI.create("http://127.0.0.1:9/")), out);

        assertThat(outcome.timestamped()).isFalse();
        assertThat(outcome.timestampProblem())
                .isEqualTo("The time-stamp authority at http://127.0.0.1:9/ could not be reached.");
        String report = Pdfsig.report(write("unstamped.pdf", out.toByteArray()));
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(1);
    }

    @Test
    void aTimestampFromTheAuthorityIsPartOfTheSignature() throws Exception {
        Instant stamped = Instant.parse("2026-02-03T10:15:30Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LocalTimestampAuthority authority = new LocalTimestampAuthority(stamped)) {
            SigningOutcome outcome =
                    signer.sign(TestPdfs.letterForTwo(), "letter.pdf", request(CHAIR, null, authority.address()), out);
            assertThat(outcome.timestamped()).isTrue();
            assertThat(outcome.timestampProblem()).isNull();
        }

        SignatureCheck check = new PdfVerifier()
                .verify(out.toByteArray(), "letter.pdf")
                .signatures()
                .get(0);
        assertThat(check.timestamped()).isTrue();
        assertThat(check.signingTime()).isEqualTo(stamped);
        assertThat(check.holds()).isTrue();
        String report = Pdfsig.report(write("stamped.pdf", out.toByteArray()));
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(1);
    }

    @Test
    void notAPdfIsOneSentence() {
        assertThatThrownBy(() -> sign("hello".getBytes(), CHAIR, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("letter.pdf is not a PDF.");
        assertThatThrownBy(() -> sign(new byte[0], CHAIR, null))
                .isInstanceOf(ValidationException.class)
                .hasMessage("letter.pdf is empty; it is not a PDF.");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }
}
