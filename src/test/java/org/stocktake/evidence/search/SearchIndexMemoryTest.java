package org.stocktake.evidence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.stocktake.evidence.search.Items.withPages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open index is read through the system's file cache, not mapped into the program's own memory. */
class SearchIndexMemoryTest {
    @TempDir
    Path workspace;

    @Test
    void anOpenIndexMapsNoneOfItsFilesIntoTheProgram() throws IOException {
        Path maps = Path.of("/proc/self/maps");
        assumeTrue(Files.isReadable(maps), "no /proc on this system");
        Path folder = workspace.resolve("index");
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.putAll(List.of(withPages(1, "The Kerslake review of Birmingham."), withPages(2, "A stocktake.")));
            assertThat(index.search(SearchQuery.of("kerslake")).totalItems()).isEqualTo(1);

            assertThat(Files.readAllLines(maps))
                    .as("the program's mapped files")
                    .noneMatch(line -> line.contains(folder.toString()));
        }
    }
}
