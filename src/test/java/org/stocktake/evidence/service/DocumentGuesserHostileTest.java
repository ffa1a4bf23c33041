package org.stocktake.evidence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a file holds, the guesser gives a guess, and soon. */
class DocumentGuesserHostileTest {

    private final DocumentGuesser guesser = DocumentTestRegister.guesser();

    @Test
    void nothingAtAllStillGivesAGuessNamedAfterTheFile() {
        for (String text : new String[] {null, "", "   \n\n\t  "}) {
            DocumentGuess guess = guesser.guess(text, "folder/Empty_scan.pdf", null);

            assertThat(guess.title()).isEqualTo("Empty scan");
            assertThat(guess.kind()).isEqualTo(EvidenceKind.OTHER);
            assertThat(guess.date()).isNull();
            assertThat(guess.precision()).isNull();
            assertThat(guess.senders()).isEmpty();
        }
        assertThat(guesser.guess(null, null, null).title()).isEqualTo("Untitled document");
    }

    @Test
    void binaryGarbageGivesAGuess() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);

        DocumentGuess guess = guesser.guess(
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), "x.bin", DocumentHints.NONE);

        assertThat(guess).isNotNull();
        assertThat(guess.title()).isNotBlank();
    }

    @Test
    void textWithNoLettersGivesAGuess() {
        DocumentGuess guess = guesser.guess("1234 5678\n---- ////\n".repeat(1000), "n.txt", DocumentHints.NONE);

        assertThat(guess.kind()).isEqualTo(EvidenceKind.OTHER);
        assertThat(guess.title()).isEqualTo("n");
    }

    @Test
    void fiveMegabytesAreGuessedWellUnderASecond() {
        String letter = "11 January 2016\n\nDear Secretary of State,\n\nProgress\n\n";
        String body = "The panel has read the council's papers and met its cabinet. ".repeat(80) + "\n\n";
        String text = letter + body.repeat(5_000_000 / body.length()) + "Yours sincerely\n\nJohn Crabtree\nChair";
        String oneLine = "x".repeat(5_000_000);
        guesser.guess(text, "warm-up", DocumentHints.NONE);

        long start = System.nanoTime();
        DocumentGuess guess = guesser.guess(text, "long.txt", DocumentHints.NONE);
        DocumentGuess line = guesser.guess(oneLine, "line.txt", DocumentHints.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(text.length()).isGreaterThan(4_900_000);
        assertThat(took).isLessThan(Duration.ofMillis(500));
        assertThat(guess.kind()).isEqualTo(EvidenceKind.LETTER_OUT);
        assertThat(guess.senders())
                .extracting(Correspondent::personId)
                .containsExactly(DocumentTestRegister.CRABTREE.uuid());
        assertThat(line.kind()).isEqualTo(EvidenceKind.OTHER);
    }
}
