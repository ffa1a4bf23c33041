package org.stocktake.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.search.SearchQuery;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AwaitingText;
import org.stocktake.evidence.service.DocumentGuesser;
import org.stocktake.evidence.service.EvidenceImporter;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.service.TextStatus;
import org.stocktake.evidence.text.Ocr;
import org.stocktake.evidence.text.SampleFiles;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.task.Progress;
import org.stocktake.testing.TestWorkspaces;

/** A scan added on a machine without OCR is kept, marked "no text yet", and read once OCR is there. */
class AwaitingTextTest {

    @TempDir
    Path temp;

    @Test
    void aScanAddedWithoutOcrIsKeptAndReadOnceOcrIsInstalled() throws IOException {
        assumeTrue(Ocr.onPath().available(), "tesseract is installed");
        Path scan = Files.write(temp.resolve("scan.png"), SampleFiles.png("Improvement Panel stocktake"));
        try (AppContext context = TestWorkspaces.open(temp.resolve("workspace"), Clock.systemUTC())) {
            EvidenceImporter withoutOcr = new EvidenceImporter(
                    context.evidence(),
                    context.store(),
                    new TextExtractor(Ocr.none()),
                    () -> new DocumentGuesser(context.panel().appointments()));
            withoutOcr.add(List.of(scan), AddOptions.NONE, Progress.NONE);
            EvidenceItem kept = context.evidence().items().get(0);
            assertThat(kept.textStatus()).isEqualTo(TextStatus.AWAITING_OCR);
            assertThat(kept.textStatus().label()).isEqualTo("no text yet");

            AwaitingText awaiting = context.awaitingText();
            assertThat(awaiting.canRead()).isTrue();
            assertThat(awaiting.readAll(Progress.NONE)).isEqualTo(1);

            EvidenceItem read = context.evidence().item(kept.id());
            assertThat(read.textStatus()).isEqualTo(TextStatus.EXTRACTED);
            assertThat(String.join(" ", context.evidence().pages(read.id()))).containsIgnoringCase("stocktake");
            assertThat(context.evidenceSearch()
                            .search(SearchQuery.of("stocktake"))
                            .hits())
                    .as("the text read is searchable at once")
                    .extracting(h -> h.itemId())
                    .contains(read.id());
            assertThat(awaiting.canRead()).isFalse();
            assertThat(context.audit().verify().intact()).isTrue();
        }
    }
}
