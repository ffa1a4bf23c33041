package org.stocktake.letters.pdfa;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Whether a PDF keeps the rules of PDF/A-2b, as veraPDF (the validator archives use) judges it: the check a letter
 * passes before it is sent, so that what reaches a minister's office can be kept and read for decades.
 */
public final class PdfaConformance {

    private static final Object START = new Object();
    private static boolean started;

    private PdfaConformance() {}

    /** The rules the PDF breaks, each once, in words a person can pass on; empty when it conforms. */
    public static List<String> problems(byte[] pdf) {
        start();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion ->
                            "PDF/A-2b rule " + assertion.getRuleId().getClause() + ": " + assertion.getMessage())
                    .distinct()
                    .limit(20)
                    .toList();
        } catch (EncryptedPdfException e) {
            return List.of("The PDF is encrypted, which PDF/A does not allow.");
        } catch (ModelParsingException | ValidationException e) {
            return List.of("The PDF cannot be read as PDF/A: " + e.getMessage());
        } catch (Exception e) {
            return List.of("The PDF cannot be checked: " + e.getMessage());
        }
    }

    private static void start() {
        synchronized (START) {
            if (!started) {
                VeraGreenfieldFoundryProvider.initialise();
                started = true;
            }
        }
    }
}
