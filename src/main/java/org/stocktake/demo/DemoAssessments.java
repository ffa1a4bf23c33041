package org.stocktake.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.Actor;
import org.stocktake.workspace.service.Workspace;

/**
 * Three rounds of plausible assessments of the Kerslake recommendations on the progress scale, in our own words:
 * two final rounds and an open one still being filled in, so the dashboard has movement to show. Each round is
 * written as if on its own date by the panel's chair.
 */
final class DemoAssessments {

    private static final Actor CHAIR = new Actor("John Crabtree");

    private record Rating(String number, String level, Direction direction, String commentary) {}

    private final Workspace workspace;

    DemoAssessments(Workspace workspace) {
        this.workspace = workspace;
    }

    void seed(String reviewCode) {
        round(
                reviewCode,
                "Interim assessment",
                LocalDate.of(2015, 11, 5),
                true,
                List.of(
                        rate("1", "G", Direction.IMPROVING, "The panel is in place and meets the council every month."),
                        rate(
                                "2",
                                "S",
                                Direction.STATIC,
                                "An improvement plan is out; the December report is in preparation."),
                        rate("3", "L", Direction.STATIC, "Members and officers still cross into each other's roles."),
                        rate(
                                "4",
                                "S",
                                Direction.IMPROVING,
                                "All-out elections are agreed; the electoral review has begun."),
                        rate(
                                "5",
                                "L",
                                Direction.DECLINING,
                                "Savings found for next year only; no long-term strategy yet."),
                        rate("6", "N", Direction.STATIC, "Work on a workforce plan has not started."),
                        rate("7", "L", Direction.STATIC, "District arrangements are unchanged so far."),
                        rate("8", "L", Direction.STATIC, "Early conversations with partners; no leadership group yet."),
                        rate(
                                "9",
                                "L",
                                Direction.STATIC,
                                "Partners describe a mixed experience of working with the council."),
                        rate("10", "S", Direction.IMPROVING, "Talks with neighbouring councils are moving forward."),
                        rate("11", "N", Direction.STATIC, "No skills and employment group has been formed.")));
        round(
                reviewCode,
                "Twelve-month assessment",
                LocalDate.of(2016, 1, 11),
                true,
                List.of(
                        rate("1", "G", Direction.STATIC, "The panel continues and has met the new leader."),
                        rate(
                                "2",
                                "G",
                                Direction.IMPROVING,
                                "The December progress report is published with cross-party support."),
                        rate(
                                "3",
                                "S",
                                Direction.IMPROVING,
                                "The new leader has committed to clearer roles for members and officers."),
                        rate("4", "S", Direction.STATIC, "The electoral review continues."),
                        rate(
                                "5",
                                "L",
                                Direction.STATIC,
                                "Consultation covers most of the savings needed over four years;"
                                        + " whether they can be delivered is not yet shown."),
                        rate("6", "L", Direction.IMPROVING, "Workforce changes are tied to the budget proposals."),
                        rate(
                                "7",
                                "L",
                                Direction.STATIC,
                                "District committees exist but are not yet aligned with the budget."),
                        rate(
                                "8",
                                "S",
                                Direction.IMPROVING,
                                "A more co-operative approach to city partnership is promised."),
                        rate("9", "L", Direction.STATIC, "Shared partnership values are not yet agreed."),
                        rate("10", "S", Direction.STATIC, "The governance review continues."),
                        rate(
                                "11",
                                "L",
                                Direction.IMPROVING,
                                "Talks with business about a skills group have started.")));
        round(
                reviewCode,
                "March assessment",
                LocalDate.of(2016, 3, 15),
                false,
                List.of(
                        rate("1", "G", Direction.STATIC, "Arrangements continue to work well."),
                        rate("2", "G", Direction.STATIC, "A gap analysis of what is still to do has been promised."),
                        rate("3", "S", Direction.STATIC, "Fewer matters taken in private; culture change still early."),
                        rate(
                                "4",
                                "G",
                                Direction.IMPROVING,
                                "The electoral review has settled the future size of the council."),
                        rate(
                                "5",
                                "S",
                                Direction.IMPROVING,
                                "The 2016/17 budget is set and a longer-term plan is in draft."),
                        rate("6", "L", Direction.STATIC, "No workforce plan yet beyond the budget proposals."),
                        rate("7", "L", Direction.STATIC, "Alignment of districts with the budget has not moved.")));
    }

    private static Rating rate(String number, String level, Direction direction, String commentary) {
        return new Rating(number, level, direction, commentary);
    }

    private void round(String reviewCode, String title, LocalDate heldOn, boolean finalise, List<Rating> ratings) {
        Clock onTheDay = Clock.fixed(heldOn.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AuditTrail audit = new AuditTrail(workspace.database(), onTheDay, () -> CHAIR);
        RecommendationService recommendations = new RecommendationService(workspace.database(), onTheDay, audit);
        ScaleService scales = new ScaleService(workspace.database(), onTheDay, audit);
        AssessmentService assessments =
                new AssessmentService(workspace.database(), onTheDay, audit, recommendations, scales);
        long reviewId = recommendations.review(reviewCode).id();
        Map<String, UUID> byNumber = recommendations.recommendations(reviewId).stream()
                .collect(Collectors.toMap(Recommendation::number, Recommendation::uuid));
        AssessmentRound round = assessments.createRound(new RoundDraft(reviewId, title, heldOn), null);
        for (Rating rating : ratings) {
            assessments.save(
                    round.id(),
                    byNumber.get(rating.number()),
                    0,
                    new AssessmentDraft(rating.level(), rating.direction(), rating.commentary()));
        }
        if (finalise) {
            assessments.finalise(round.id());
        }
    }
}
