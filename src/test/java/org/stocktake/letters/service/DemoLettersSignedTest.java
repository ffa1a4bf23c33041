package org.stocktake.letters.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.letters.pdfa.PdfaConformance;
import org.stocktake.shared.Actor;
import org.stocktake.signing.Pdfsig;
import org.stocktake.signing.service.CertificateRequest;
import org.stocktake.signing.service.KeyKind;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SigningKey;
import org.stocktake.testing.TestWorkspaces;

/**
 * The demo's twelve-month assessment letter (as sent on 11 January 2016) and joint letter (8 March 2018), made from
 * their templates, exported, signed (the joint one by both signatories in turn) and read back as a minister's office
 * and an archive would: poppler's pdfsig, veraPDF, the text in order, and a byte changed inside a signed range.
 */
class DemoLettersSignedTest {

    private static final char[] PASSWORD = "secret".toCharArray();

    @TempDir
    Path folder;

    @TempDir
    Path files;

    private AppContext context;
    private SigningKey chair;
    private SigningKey leader;

    @BeforeEach
    void openTheDemo() {
        context = TestWorkspaces.open(folder, Clock.systemUTC());
        chair = key("John Crabtree", "chair.p12");
        leader = key("Ian Ward", "leader.p12");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theAssessmentLetterSignedByTheChairIsValidPdfAWithItsHeadingsInOrder() throws Exception {
        Letter letter = demo("Twelve-month assessment letter");
        Path pdf =
                write("assessment.pdf", sign(context.letterPdf().typeset(letter).pdf(), letter, chair));

        assertThat(Pdfsig.validSignatures(Pdfsig.report(pdf))).isEqualTo(1);
        assertThat(PdfaConformance.problems(Files.readAllBytes(pdf))).isEmpty();
        assertThat(text(pdf))
                .containsSubsequence(
                        "The Rt Hon Greg Clark MP",
                        "Sent by email",
                        "11 January 2016",
                        "Dear Secretary of State,",
                        "The Panel's assessment of Birmingham City Council's Progress Towards Improvement",
                        "Political leadership of the Council",
                        "The Council's December progress report",
                        "Long-term financial strategy",
                        "Next steps",
                        "Yours sincerely",
                        "John Crabtree");
        assertThat(context.readyToSend().check(letter, Files.readAllBytes(pdf)).refusals())
                .isEmpty();
    }

    @Test
    void theJointLetterSignedByBothInTurnKeepsBothSignaturesValid() throws Exception {
        Letter letter = demo("Joint letter with the Council");
        byte[] once = sign(context.letterPdf().typeset(letter).pdf(), letter, chair);
        Path pdf = write("joint.pdf", sign(once, letter, leader));

        String report = Pdfsig.report(pdf);
        assertThat(Pdfsig.validSignatures(report)).as(report).isEqualTo(2);
        assertThat(PdfaConformance.problems(Files.readAllBytes(pdf))).isEmpty();
        assertThat(text(pdf))
                .containsSubsequence(
                        "8 March 2018",
                        "SENT VIA E-MAIL",
                        "The Rt Hon Sajid Javid MP",
                        "Birmingham City Council and Birmingham Independent Improvement Panel",
                        "Yours sincerely",
                        "Cllr Ian Ward",
                        "John Crabtree");
        assertThat(context.readyToSend().check(letter, Files.readAllBytes(pdf)).refusals())
                .isEmpty();
    }

    @Test
    void oneByteChangedInsideASignedRangeMakesVerifyFail() throws Exception {
        Letter letter = demo("Joint letter with the Council");
        byte[] signed = sign(sign(context.letterPdf().typeset(letter).pdf(), letter, chair), letter, leader);
        assertThat(context.signing().verify(signed, "joint").allHold()).isTrue();

        byte[] changed = signed.clone();
        int inside = indexOf(changed, "Significant changes") + 1;
        changed[inside] = (byte) (changed[inside] ^ 0x01);

        assertThat(context.signing().verify(changed, "joint").allHold()).isFalse();
        Path pdf = write("changed.pdf", changed);
        assertThat(Pdfsig.validSignatures(Pdfsig.report(pdf))).isZero();
    }

    private Letter demo(String title) {
        return context.letters().letters().stream()
                .filter(l -> l.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private SigningKey key(String name, String file) {
        return context.signing()
                .createSelfSigned(
                        new Actor("tester"),
                        new CertificateRequest(name, null, null, 2, KeyKind.EC_P256),
                        files.resolve(file),
                        PASSWORD);
    }

    private byte[] sign(byte[] pdf, Letter letter, SigningKey key) {
        String field = SignatoryFields.of(letter.document(), key.holderName());
        return context.signing()
                .sign(new Actor("tester"), pdf, letter.title(), key, new SignOptions(field, null, null, null))
                .pdf();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(files.resolve(name), bytes);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Where a phrase's bytes first stand in the file; the typeset text is in compressed streams, so fall back. */
    private static int indexOf(byte[] pdf, String phrase) {
        String latin = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(phrase);
        return at >= 0 ? at : latin.indexOf("/Contents") - 200;
    }
}
