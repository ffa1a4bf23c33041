package org.stocktake.recommendations.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON file cut short inside a block is reported in words a user can act on: the parser's own account of where the
 * block began names its internal source and a feature switch, which mean nothing to the person importing.
 */
class CutShortJsonTest {

    @TempDir
    Path folder;

    private ImportTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new ImportTestWorkspace(folder);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aFileCutShortInsideABlockSaysWhereTheBlockBegan() {
        String cut = "{\n  \"format\": \"stocktake-recommendations\",\n  \"version\": 1,\n  \"review\": {\n"
                + "    \"code\": \"cut-2020\"";

        ImportPreview preview =
                ws.importer.preview("cut.json", new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), null);

        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .contains(
                        "Line 5: the file is not valid JSON here (Unexpected end-of-input: expected close marker for Object"
                                + " opened on line 4).");
        assertThat(preview.problems())
                .extracting(ImportProblem::message)
                .noneMatch(m -> m.contains("Source") || m.contains("REDACTED") || m.contains("StreamReadFeature"));
    }
}
