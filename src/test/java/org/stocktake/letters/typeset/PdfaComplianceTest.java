package org.stocktake.letters.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktake.letters.SampleLetters;
import org.stocktake.letters.document.DocumentKind;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class PdfaComplianceTest {

    @BeforeAll
    static void startValidator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void assessmentLetterIsPdfA2b() throws Exception {
        assertCompliant("assessment", SampleLetters.assessment());
    }

    @Test
    void jointLetterIsPdfA2b() throws Exception {
        assertCompliant("joint", SampleLetters.joint());
    }

    @Test
    void pressReleaseIsPdfA2b() throws Exception {
        assertCompliant("press-release", SampleLetters.pressRelease());
    }

    @Test
    void hostileTextBlankDetailsAndATallLetterheadStayPdfA2b() throws Exception {
        List<String> letterhead = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            letterhead.add("Letterhead line " + i);
        }
        LetterDocument letter = new LetterDocument(
                DocumentKind.LETTER,
                new Letterhead(letterhead, ""),
                "",
                null,
                "",
                null,
                null,
                "",
                "Emoji \uD83D\uDE00 and \u9032\u6357",
                List.of(SampleLetters.paragraph("Control\u0007 and \uD83D\uDC4D in a paragraph.")),
                "",
                List.of(),
                List.of(),
                false,
                "",
                List.of());
        PdfDetails blank = new PdfDetails("", "", "", "", Instant.parse("2026-01-01T00:00:00Z"));

        TypesetLetter typeset = new LetterTypesetter().typeset(letter, blank);

        assertCompliant(typeset.pdf());
        assertThat(TypesetPdfs.text(typeset.pdf()))
                .contains("Letterhead line 8")
                .doesNotContain("Letterhead line 9");
    }

    @Test
    void sameLetterTypesetTwiceGivesTheSameBytes() {
        assertThat(TypesetPdfs.typeset(SampleLetters.joint()).pdf())
                .isEqualTo(TypesetPdfs.typeset(SampleLetters.joint()).pdf());
    }

    private static void assertCompliant(String name, LetterDocument letter) throws Exception {
        byte[] pdf = TypesetPdfs.typeset(letter).pdf();
        TypesetPdfs.keep(name, pdf);
        assertCompliant(pdf);
    }

    private static void assertCompliant(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant())
                    .as(() -> result.getTestAssertions().stream()
                            .filter(assertion -> assertion.getStatus().name().equals("FAILED"))
                            .map(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
                            .distinct()
                            .collect(Collectors.joining("\n")))
                    .isTrue();
        }
    }
}
