package org.stocktake.evidence.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.task.Progress;

/** A cancelled read stops between pages instead of running to the end. */
class CancellationTest {

    @Test
    void cancellingAPdfStopsAfterThePageInHand() {
        byte[] pdf = SampleFiles.pdf(
                IntStream.rangeClosed(1, 10).mapToObj(i -> "Page " + i).toArray(String[]::new));
        int[] pagesDone = {0};
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) {
                pagesDone[0] = (int) done;
            }

            @Override
            public void message(String message) {}

            @Override
            public boolean isCancelled() {
                return pagesDone[0] >= 2;
            }
        };

        assertThatThrownBy(() -> new TextExtractor(Ocr.none()).extract(Content.of(pdf), "long.pdf", progress))
                .isInstanceOf(CancellationException.class);
        assertThat(pagesDone[0]).isEqualTo(2);
    }

    @Test
    void cancelledBeforeStartingReadsNothing() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total) {
                throw new AssertionError("nothing should be read");
            }

            @Override
            public void message(String message) {}

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        for (byte[] bytes : new byte[][] {
            SampleFiles.docx("words"),
            SampleFiles.odt("<text:p>words</text:p>"),
            "words".getBytes(),
            SampleFiles.email(new byte[] {1})
        }) {
            assertThatThrownBy(() -> new TextExtractor(Ocr.none()).extract(Content.of(bytes), "file", cancelled))
                    .isInstanceOf(CancellationException.class);
        }
    }
}
