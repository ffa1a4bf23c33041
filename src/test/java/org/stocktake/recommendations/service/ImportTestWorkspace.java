package org.stocktake.recommendations.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.stocktake.testing.TestWorkspaces;
import org.stocktake.workspace.service.Workspace;

/** A real workspace in a temporary folder, with the import and export services over it. */
final class ImportTestWorkspace implements AutoCloseable {

    static final String DEMO = "/org/stocktake/demo/kerslake-2014.json";

    final Workspace workspace;
    final RecommendationService service;
    final RecommendationImporter importer;
    final RecommendationExporter exporter;

    ImportTestWorkspace(Path folder) {
        Clock clock = Clock.systemUTC();
        workspace = TestWorkspaces.bare(folder, clock);
        service = new RecommendationService(workspace.database(), clock);
        importer = new RecommendationImporter(service);
        exporter = new RecommendationExporter(service);
    }

    /** A test resource under src/test/resources (or the demo under src/main/resources) as a file. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImportTestWorkspace.class.getResource(name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportPreview previewDemo() {
        try (InputStream demo = ImportTestWorkspace.class.getResourceAsStream(DEMO)) {
            return importer.preview("kerslake-2014.json", Objects.requireNonNull(demo, DEMO), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Review importDemo() {
        return importer.apply(previewDemo()).review();
    }

    /** How many reviews, themes and live recommendations the workspace holds, to show that nothing was written. */
    List<Integer> counts() {
        List<Review> reviews = service.reviews();
        int themes =
                reviews.stream().mapToInt(r -> service.themes(r.id()).size()).sum();
        return List.of(reviews.size(), themes, service.recommendations(null).size());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
