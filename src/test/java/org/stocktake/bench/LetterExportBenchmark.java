package org.stocktake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.typeset.LetterTypesetBenchmark;
import org.stocktake.letters.typeset.LetterTypesetter;
import org.stocktake.letters.typeset.PdfDetails;
import org.stocktake.shared.Actor;
import org.stocktake.signing.PdfSignBenchmark;
import org.stocktake.signing.TestKeys;
import org.stocktake.signing.service.SignOptions;
import org.stocktake.signing.service.SigningKey;
import org.stocktake.signing.service.SigningService;

/**
 * Exporting and signing a three-page letter, warm and in one process, beside bare PDFBox typesetting the same words a
 * line at a time and signing them with a bare CMS signature, in the same run. Not a test: it prints figures.
 *
 * <p>{@code --bare-once OUT.pdf KEYSTORE.p12 ALIAS [WORDS.txt]} typesets and signs once, barely, for timing as a
 * whole process beside {@code stocktake letter export --sign} (the keystore's password from
 * STOCKTAKE_KEYSTORE_PASSWORD): the paragraphs of WORDS.txt, separated by blank lines, else the three-page letter's.
 */
public final class LetterExportBenchmark {

    private static final int WARM_UP = 20;
    private static final PdfDetails DETAILS = new PdfDetails(
            "Joint letter", "Stocktake", "Benchmark", "Stocktake", Instant.parse("2018-03-08T09:00:00Z"));

    private LetterExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--bare-once")) {
            bareOnce(Path.of(args[1]), Path.of(args[2]), args[3], args.length > 4 ? Path.of(args[4]) : null);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        LetterDocument letter = LetterTypesetBenchmark.threePages();
        List<String> paragraphs = letter.body().stream().map(Block::plainText).toList();
        TestKeys.Identity chair = TestKeys.selfSigned("John Crabtree");
        SigningKey key = new SigningKey("signing", chair.key(), chair.chain());
        SigningService signing = new SigningService(Clock.systemUTC());
        Actor actor = new Actor("benchmark");
        LetterTypesetter typeset = new LetterTypesetter();
        for (int i = 0; i < WARM_UP; i++) {
            ours(typeset, signing, actor, key, letter);
            PdfSignBenchmark.bareSigned(LetterTypesetBenchmark.bareBytes(paragraphs), chair);
        }
        long[] oursTimes = new long[runs];
        long[] bareTimes = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ours(typeset, signing, actor, key, letter);
            oursTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            PdfSignBenchmark.bareSigned(LetterTypesetBenchmark.bareBytes(paragraphs), chair);
            bareTimes[i] = System.nanoTime() - start;
        }
        double ours = median(oursTimes);
        double bare = median(bareTimes);
        System.out.printf(
                "export and sign a three-page letter, %d warm runs after %d: Stocktake median %.1f ms, bare PDFBox +"
                        + " BouncyCastle median %.1f ms, ratio %.2f (goal 1.2)%n",
                runs, WARM_UP, ours, bare, ours / bare);
    }

    private static byte[] ours(
            LetterTypesetter typeset, SigningService signing, Actor actor, SigningKey key, LetterDocument letter) {
        byte[] pdf = typeset.typeset(letter, DETAILS).pdf();
        return signing.sign(actor, pdf, "letter", key, new SignOptions("signatory-2", null, null, null))
                .pdf();
    }

    private static void bareOnce(Path out, Path keystore, String alias, Path words) throws Exception {
        char[] password = System.getenv("STOCKTAKE_KEYSTORE_PASSWORD").toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        TestKeys.Identity who = new TestKeys.Identity(
                (PrivateKey) store.getKey(alias, password), (X509Certificate) store.getCertificate(alias));
        List<String> paragraphs = words == null
                ? LetterTypesetBenchmark.threePages().body().stream()
                        .map(Block::plainText)
                        .toList()
                : Arrays.stream(Files.readString(words).split("\\R\\s*\\R"))
                        .map(paragraph -> paragraph.replaceAll("\\s+", " ").strip())
                        .filter(paragraph -> !paragraph.isEmpty())
                        .toList();
        byte[] pdf = LetterTypesetBenchmark.bareBytes(paragraphs);
        Files.write(out, PdfSignBenchmark.bareSigned(pdf, who));
        System.out.println("wrote " + out + " at " + Instant.now());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
