package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.shared.task.Progress;

/** Pictures of text are read by recognition when the machine has it, and the wait can be cut short. */
class OcrTest {

    @TempDir
    Path folder;

    @Test
    void scannedPdfPageIsRecognised() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");

        ExtractedText text = new TextExtractor(Ocr.onPath())
                .extract(Content.of(SampleFiles.scannedPdf("Kerslake review progress")), "scan.pdf", Progress.NONE);

        assertThat(text.awaitingOcr()).isFalse();
        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.fullText()).contains("Kerslake", "review", "progress");
    }

    @Test
    void pngIsRecognised() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");

        ExtractedText text = new TextExtractor(Ocr.onPath())
                .extract(Content.of(SampleFiles.png("Birmingham council plan")), "photo.png", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.PNG);
        assertThat(text.awaitingOcr()).isFalse();
        assertThat(text.fullText()).contains("Birmingham", "council", "plan");
    }

    @Test
    void tiffIsRecognisedPageByPage() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        byte[] tiff = SampleFiles.tiff("First scanned page", "Second scanned page");

        ExtractedText text = new TextExtractor(Ocr.onPath()).extract(Content.of(tiff), "scan.tif", Progress.NONE);

        assertThat(text.type()).isEqualTo(FileType.TIFF);
        assertThat(text.pages()).hasSize(2);
        assertThat(text.pages().get(0)).contains("First");
        assertThat(text.pages().get(1)).contains("Second");
    }

    @Test
    void tiffPagesAreCountedToAllowThemTime() throws IOException {
        Path tiff = Files.write(folder.resolve("scan.tif"), SampleFiles.tiff("one", "two", "three"));

        assertThat(ImageText.tiffPages(tiff)).isEqualTo(3);
        assertThat(ImageText.tiffPages(Files.write(folder.resolve("bad.tif"), new byte[] {'I', 'I', 42, 0})))
                .isEqualTo(1);
    }

    @Test
    void missingCommandMeansNoRecognitionAndNoFailure() {
        Ocr missing = new Ocr(folder.resolve("no-such-tesseract").toString(), Duration.ofSeconds(5));

        assertThat(missing.available()).isFalse();
        assertThat(Ocr.none().available()).isFalse();
        assertThat(new TextExtractor(missing)
                        .extract(Content.of(SampleFiles.png("x")), "p.png", Progress.NONE)
                        .awaitingOcr())
                .isTrue();
    }

    @Test
    void recogniserThatVanishesAfterBeingFoundLeavesThePictureWaiting() throws IOException {
        Path script = slowRecogniser();
        Ocr vanishing = new Ocr(script.toString(), Duration.ofSeconds(5));
        assertThat(vanishing.available()).isTrue();
        Files.delete(script);

        ExtractedText text =
                new TextExtractor(vanishing).extract(Content.of(SampleFiles.png("x")), "p.png", Progress.NONE);

        assertThat(text.awaitingOcr()).isTrue();
        assertThat(vanishing.available()).isFalse();
    }

    @Test
    void cancellingStopsTheRecogniserPromptly() throws IOException {
        Ocr slow = new Ocr(slowRecogniser().toString(), Duration.ofSeconds(60));
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public void message(String message) {}

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        Path started = folder.resolve("started");
        long[] cancelledAt = {0};
        Thread canceller = new Thread(() -> {
            // Cancel only once the recogniser runs, so it is the running process that must be stopped.
            while (!Files.exists(started)) {
                sleep(20);
            }
            cancelledAt[0] = System.nanoTime();
            cancelled.set(true);
        });
        canceller.setDaemon(true);
        canceller.start();

        assertThatThrownBy(() -> new TextExtractor(slow).extract(Content.of(SampleFiles.png("x")), "p.png", progress))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelledAt[0]).isPositive();
        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt[0])).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void recognitionThatTakesTooLongIsRefusedInOneSentence() throws IOException {
        Ocr slow = new Ocr(slowRecogniser().toString(), Duration.ofMillis(300));

        assertThatThrownBy(() ->
                        new TextExtractor(slow).extract(Content.of(SampleFiles.png("x")), "photo.png", Progress.NONE))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("'photo.png' took too long to read as a picture of text; add a clearer or smaller scan.");
    }

    @Test
    void pictureTheRecogniserCannotReadIsRefused() {
        assumeTrue(Ocr.onPath().available(), "tesseract is not installed");
        byte[] header = SampleFiles.png("x");
        byte[] broken = java.util.Arrays.copyOf(header, 40);

        assertThatThrownBy(
                        () -> new TextExtractor(Ocr.onPath()).extract(Content.of(broken), "photo.png", Progress.NONE))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("'photo.png' is damaged and cannot be read as a PNG image");
    }

    /** A stand-in for tesseract that knows English but never finishes reading. */
    private Path slowRecogniser() throws IOException {
        Path script = folder.resolve("slow-tesseract");
        Files.writeString(
                script,
                "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo eng; exit 0; fi\ntouch '"
                        + folder.resolve("started") + "'\nexec sleep 30\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
