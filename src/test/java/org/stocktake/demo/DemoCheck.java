package org.stocktake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RoundStatus;

/** What a complete demo workspace holds, checked whole: never some of it. */
public final class DemoCheck {

    private DemoCheck() {}

    public static void assertComplete(AppContext context) {
        assertThat(context.workspace().info().name()).isEqualTo(DemoWorkspace.NAME);
        assertThat(context.panel().organisations()).hasSize(3);
        assertThat(context.recommendations().recommendations(null)).hasSize(11);
        long review = context.recommendations().review(DemoWorkspace.KERSLAKE).id();
        List<AssessmentRound> rounds = context.assessments().rounds(review);
        assertThat(rounds)
                .extracting(AssessmentRound::title, AssessmentRound::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Interim assessment", RoundStatus.FINAL),
                        org.assertj.core.groups.Tuple.tuple("Twelve-month assessment", RoundStatus.FINAL),
                        org.assertj.core.groups.Tuple.tuple("March assessment", RoundStatus.DRAFT));
        assertThat(rated(context, rounds.get(0))).as("rated in round 1").isEqualTo(11);
        assertThat(rated(context, rounds.get(1))).as("rated in round 2").isEqualTo(11);
        assertThat(rated(context, rounds.get(2))).as("rated in round 3").isEqualTo(7);
    }

    private static long rated(AppContext context, AssessmentRound round) {
        return context.assessments().assessments(round.id()).stream()
                .map(Assessment::level)
                .filter(level -> level != null)
                .count();
    }
}
