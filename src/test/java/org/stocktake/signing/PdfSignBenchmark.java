package org.stocktake.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.stocktake.signing.pdf.PdfSigner;
import org.stocktake.signing.pdf.SignatureRequest;

/**
 * Not a test: {@code main} signs a three-page letter warm, N times, with {@link PdfSigner} (a visible signature in the
 * letter's empty field) and with bare PDFBox and BouncyCastle (an invisible signature, the generator's defaults), and
 * prints the median of each. Run it from the test class path: {@code java -cp ... PdfSignBenchmark [N]}.
 */
public final class PdfSignBenchmark {

    private PdfSignBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        byte[] letter = TestPdfs.letter(3, 2);
        TestKeys.Identity chair = TestKeys.selfSigned("J R A Crabtree");
        SignatureRequest request = new SignatureRequest(
                chair.key(),
                chair.chain(),
                "signatory-1",
                TestImages.handwrittenSignature(),
                null,
                null,
                Instant.now());
        PdfSigner signer = new PdfSigner();
        Task ours = () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signer.sign(letter, "letter.pdf", request, out);
            return out.size();
        };
        SignatureRequest withoutPicture =
                new SignatureRequest(chair.key(), chair.chain(), "signatory-1", null, null, null, Instant.now());
        Task oursWithoutPicture = () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signer.sign(letter, "letter.pdf", withoutPicture, out);
            return out.size();
        };
        Task bare = () -> bare(letter, chair);
        for (int i = 0; i < Math.max(10, runs / 2); i++) {
            ours.run();
            oursWithoutPicture.run();
            bare.run();
        }
        long[] oursTimes = new long[runs];
        long[] textOnlyTimes = new long[runs];
        long[] bareTimes = new long[runs];
        for (int i = 0; i < runs; i++) {
            oursTimes[i] = time(ours);
            textOnlyTimes[i] = time(oursWithoutPicture);
            bareTimes[i] = time(bare);
        }
        System.out.printf(
                "three-page letter, %d warm runs each: PdfSigner median %.1f ms (%.1f ms without the picture), bare"
                        + " PDFBox+BouncyCastle median %.1f ms%n",
                runs, median(oursTimes), median(textOnlyTimes), median(bareTimes));
    }

    private static int bare(byte[] letter, TestKeys.Identity who) throws IOException {
        return bareSigned(letter, who).length;
    }

    /** The letter signed as plainly as PDFBox and BouncyCastle allow: the floor other benchmarks sign against. */
    public static byte[] bareSigned(byte[] letter, TestKeys.Identity who) throws IOException {
        try (PDDocument document = TestPdfs.load(letter)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            document.addSignature(signature, content -> {
                try {
                    CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                    generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                                    new JcaDigestCalculatorProviderBuilder().build())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(who.key()), who.certificate()));
                    generator.addCertificates(new JcaCertStore(who.chain()));
                    return generator
                            .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                            .getEncoded();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    @FunctionalInterface
    private interface Task {
        int run() throws Exception;
    }

    private static long time(Task task) throws Exception {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double middle = sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        return middle / 1_000_000.0;
    }
}
