package org.stocktake.letters.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.letters.document.Block;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.Review;
import org.stocktake.testing.TestWorkspaces;

/** The demo workspace opened for drafting tests: the Kerslake review and its three rounds. */
final class DraftingFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2016-03-20T10:00:00Z"), ZoneOffset.UTC);

    final AppContext context;
    final LetterDrafting drafting;
    final Review kerslake;

    DraftingFixture(Path folder) {
        context = TestWorkspaces.open(folder, CLOCK);
        drafting = new LetterDrafting(
                CLOCK,
                context.recommendations(),
                context.assessments(),
                context.scales(),
                context.evidence(),
                context.annotations());
        kerslake = context.recommendations().review("kerslake-2014");
    }

    AssessmentRound round(String title) {
        return context.assessments().rounds(kerslake.id()).stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    UUID recommendation(String number) {
        return context.recommendations().recommendations(kerslake.id()).stream()
                .filter(r -> r.number().equals(number))
                .map(Recommendation::uuid)
                .findFirst()
                .orElseThrow();
    }

    static String text(List<Block> blocks) {
        return blocks.stream().map(Block::plainText).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        context.close();
    }
}
