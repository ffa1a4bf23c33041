package org.stocktake.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;
import org.stocktake.evidence.service.AddOptions;
import org.stocktake.evidence.service.AddSummary;
import org.stocktake.evidence.service.DocumentGuesser;
import org.stocktake.evidence.service.EvidenceImporter;
import org.stocktake.evidence.service.EvidenceItem;
import org.stocktake.evidence.text.Ocr;
import org.stocktake.evidence.text.TextExtractor;
import org.stocktake.shared.task.Progress;

/**
 * Damaged files added to the library through the importer the window and {@code stocktake evidence add} use. Each is
 * refused in one sentence with nothing written, or taken whole: a row, its stored file intact, its audit entry.
 * Pictures are also read without recognition, as a machine without tesseract reads them, to keep the suite quick.
 */
final class EvidenceCases {

    private final AppContext context;
    private final Path files;
    private final EvidenceImporter withoutOcr;
    private int added;

    EvidenceCases(AppContext context, Path files) {
        this.context = context;
        this.files = files;
        this.withoutOcr = new EvidenceImporter(
                context.evidence(),
                context.store(),
                new TextExtractor(Ocr.none()),
                () -> new DocumentGuesser(context.panel().appointments()));
    }

    void add(Mutant mutant, String extension, boolean ocr) throws IOException {
        Path file = files.resolve("case-" + ++added + "." + extension);
        Files.write(file, mutant.bytes());
        Set<String> storedBefore = context.store().stored();
        long itemsBefore = context.evidence().count();
        long auditBefore = Rows.audit(context);

        EvidenceImporter importer = ocr ? context.evidenceImporter() : withoutOcr;
        AddSummary summary = importer.add(List.of(file), AddOptions.NONE, Progress.NONE);
        Files.delete(file);

        for (AddSummary.Refusal refusal : summary.refused()) {
            Sentences.assertPlain(refusal.reason());
        }
        if (summary.added().isEmpty()) {
            assertThat(summary.refused().size() + summary.duplicates().size())
                    .as("neither added nor refused")
                    .isEqualTo(1);
            assertThat(context.evidence().count()).as("rows after a refusal").isEqualTo(itemsBefore);
            assertThat(context.store().stored())
                    .as("stored files after a refusal")
                    .isEqualTo(storedBefore);
            assertThat(Rows.audit(context)).as("audit entries after a refusal").isEqualTo(auditBefore);
        } else {
            for (EvidenceItem item : summary.added()) {
                assertThat(context.store().intact(item.sha256()))
                        .as("the stored file is whole")
                        .isTrue();
                assertThat(context.evidence().pages(item.id())).as("its text").isNotNull();
            }
            assertThat(context.evidence().count())
                    .isEqualTo(itemsBefore + summary.added().size());
            assertThat(Rows.audit(context))
                    .as("audit entries for what was added")
                    .isGreaterThan(auditBefore);
        }
        assertEveryRowHasItsFileAndEveryFileItsRow();
    }

    void assertEveryRowHasItsFileAndEveryFileItsRow() {
        Set<String> named =
                context.evidence().items().stream().map(EvidenceItem::sha256).collect(Collectors.toSet());
        assertThat(context.store().stored())
                .as("files stored with no row, or rows with no file")
                .isEqualTo(named);
    }
}
