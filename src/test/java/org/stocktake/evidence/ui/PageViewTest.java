package org.stocktake.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stocktake.evidence.text.PdfWordBoxes.Box;
import org.stocktake.evidence.text.PdfWordBoxes.PageWords;
import org.stocktake.evidence.text.PdfWordBoxes.Word;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.evidence.text.ShownPages;
import org.stocktake.evidence.text.WordBoxes;
import org.stocktake.shared.task.Progress;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pages go on being drawn while a page's words are read by a slow OCR, and its marks come when they are read. */
@ExtendWith(ApplicationExtension.class)
class PageViewTest extends FxRobot {

    private static final Box PAGE = new Box(0, 0, 300, 100);

    private final CountDownLatch ocrMayFinish = new CountDownLatch(1);
    private final CountDownLatch ocrStarted = new CountDownLatch(1);
    private PageView view;

    @Start
    void start(Stage stage) {
        view = new PageView();
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    @AfterEach
    void let() {
        ocrMayFinish.countDown();
        interact(view::close);
    }

    @Test
    void aPageIsDrawnAgainWhileItsWordsAreReadByOcrAndItsMarkComesAfter() throws Exception {
        interact(() -> view.show(() -> new PageSource(new Drawn(), new SlowOcr(), "digest", ""), 1));
        waitUntil("the page is drawn", () -> imageWidth() > 0);
        double first = imageWidth();

        interact(() -> view.mark(List.of("budget"), new DocumentFind.Match(1, 0, 6, 0)));
        assertThat(ocrStarted.await(10, TimeUnit.SECONDS))
                .as("the words are being read")
                .isTrue();
        waitUntil("the note says the page is being read", () -> note().contains("by OCR"));
        interact(() -> ((Slider) view.lookup("#evidence-zoom")).setValue(200));

        waitUntil("the page is drawn at the new zoom while OCR runs", () -> imageWidth() > first * 1.5);
        assertThat(marks()).as("no mark before the words are read").isZero();

        ocrMayFinish.countDown();
        waitUntil("the word is marked once read", () -> marks() == 1);
        waitUntil("the note is cleared", () -> note().isEmpty());
    }

    private double imageWidth() {
        return onFx(() -> view.lookupAll(".image-view").stream()
                .map(n -> ((ImageView) n).getImage())
                .filter(java.util.Objects::nonNull)
                .filter(i -> i.getHeight() > 50)
                .mapToDouble(javafx.scene.image.Image::getWidth)
                .max()
                .orElse(0));
    }

    private long marks() {
        return onFx(() -> (long) view.lookupAll(".find-mark-current").size()
                + view.lookupAll(".find-mark").size());
    }

    private String note() {
        return onFx(() -> ((Label) view.lookup("#evidence-pages-note")).getText());
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(String what, BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new TimeoutException("Not so within 15 s: " + what);
        }
    }

    /** One page, drawn from a picture of words at the size asked. */
    private static final class Drawn implements ShownPages {
        @Override
        public int count() {
            return 1;
        }

        @Override
        public byte[] png(int page, float dpi) {
            return scaled(Math.round(PAGE.width() * dpi / 72), Math.round(PAGE.height() * dpi / 72));
        }

        @Override
        public void close() {}
    }

    private static byte[] scaled(int across, int down) {
        try {
            var read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(SampleFiles.png("budget")));
            var drawn = new java.awt.image.BufferedImage(across, down, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = drawn.createGraphics();
            g.drawImage(read, 0, 0, across, down, null);
            g.dispose();
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(drawn, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Its page's one word, "budget", known only once the test lets its OCR finish. */
    private final class SlowOcr implements WordBoxes {
        @Override
        public List<Box> sizes() {
            return List.of(PAGE);
        }

        @Override
        public PageWords page(int page, Progress progress) {
            progress.message("Reading the words of page " + page + " by OCR");
            ocrStarted.countDown();
            try {
                ocrMayFinish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Box word = new Box(10, 20, 60, 15);
            java.util.List<Box> letters = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                letters.add(new Box(10 + i * 10, 20, 10, 15));
            }
            return new PageWords(PAGE.width(), PAGE.height(), "budget", List.of(new Word("budget", 0, word)), letters);
        }

        @Override
        public boolean wantsRecognition() {
            return false;
        }

        @Override
        public void close() {}
    }
}
