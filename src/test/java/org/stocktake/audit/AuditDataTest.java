package org.stocktake.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.app.AppContext;
import org.stocktake.assessments.service.AssessmentDraft;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.Direction;
import org.stocktake.assessments.service.RoundDraft;
import org.stocktake.audit.service.AuditProblem;
import org.stocktake.audit.service.AuditVerification;
import org.stocktake.recommendations.service.Recommendation;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.shared.Actor;
import org.stocktake.testing.TestWorkspaces;

/** Verification replays the trail and holds the data against it: an edit made straight to the tables is found. */
class AuditDataTest {

    @TempDir
    Path temp;

    private AppContext context;

    @BeforeEach
    void open() {
        context = TestWorkspaces.open(temp, Clock.systemUTC(), new Actor("Frances Done"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void sql(String statement) {
        context.workspace().database().dsl().jooq().execute(statement);
    }

    private long kerslake() {
        return context.recommendations().review("kerslake-2014").id();
    }

    private Recommendation number(String number) {
        return context.recommendations().recommendations(kerslake()).stream()
                .filter(r -> r.number().equals(number))
                .findFirst()
                .orElseThrow();
    }

    private AssessmentRound round(String title) {
        return context.assessments().rounds(kerslake()).stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    /** The verification's problems with the data, expecting the chain and its head to hold. */
    private List<String> dataProblems() {
        AuditVerification result = context.audit().verify();
        assertThat(result.intact())
                .as("the data no longer agrees with the trail")
                .isFalse();
        assertThat(result.brokenAt()).as("the chain itself still holds").isZero();
        assertThat(result.problems()).allMatch(p -> p.kind() == AuditProblem.Kind.DATA);
        return result.problems().stream().map(AuditProblem::text).toList();
    }

    @Test
    void theUntouchedDemoVerifiesClean() {
        AuditVerification result = context.audit().verify();
        long entries = context.workspace().database().dsl().jooq().fetchCount(org.jooq.impl.DSL.table("audit_entry"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.entriesChecked()).isEqualTo(entries);
        assertThat(result.summary())
                .isEqualTo("Audit trail intact: " + entries + " entries; data agrees with the trail.");
    }

    @Test
    void everyChangeMadeThroughStocktakeKeepsTheDataAndTheTrailInAgreement() {
        Recommendation five = number("5");
        RecommendationDraft draft = five.toDraft();
        context.recommendations()
                .update(
                        five.uuid(),
                        five.version(),
                        new RecommendationDraft(
                                draft.reviewId(),
                                draft.number(),
                                draft.theme(),
                                "Balance the budget",
                                draft.body(),
                                "Chief executive",
                                draft.priority(),
                                LocalDate.of(2019, 3, 31),
                                draft.source(),
                                "Checked with the finance team",
                                draft.summaryOnly()));
        context.recommendations().delete(number("6").uuid());
        context.recommendations().delete(number("7").uuid());
        context.recommendations().restore(number("5").uuid());
        AssessmentRound march = round("March assessment");
        context.assessments()
                .save(march.id(), number("8").uuid(), 0, new AssessmentDraft("S", Direction.IMPROVING, "Moving"));
        context.assessments().finalise(march.id());
        context.assessments()
                .correct(
                        round("Interim assessment").id(),
                        number("1").uuid(),
                        new AssessmentDraft("S", Direction.STATIC, "Read again"),
                        "The minutes were misread");
        context.assessments()
                .createRound(new RoundDraft(kerslake(), "June assessment", LocalDate.of(2016, 6, 1)), march.id());

        AuditVerification result = context.audit().verify();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aRatingEditedInAFinalRoundIsFound() {
        AssessmentRound interim = round("Interim assessment");
        assertThat(interim.isFinal()).isTrue();
        sql("update assessment set level_id = (select l.id from rating_level l join rating_scale s on s.id ="
                + " l.scale_id where s.code = 'progress' and l.code = 'G') where round_id = " + interim.id()
                + " and recommendation_id = " + number("5").id());

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("The assessment of recommendation 5 (kerslake-2014) in round " + interim.id()
                        + " ('Interim assessment'): the rating is 'Good progress' but the trail's last entry says"
                        + " 'Limited'")
                .contains("by John Crabtree on 5 Nov 2015 at 17:00 UTC");
    }

    @Test
    void anEditedTitleIsFound() {
        sql("update recommendation set title = 'Nothing to see here' where number = '5'");

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("Recommendation 5 (kerslake-2014): title is 'Nothing to see here' but the trail's last"
                        + " entry says 'A credible plan to balance the budget to 2018/19' (entry ");
    }

    @Test
    void aFinalRoundSetBackToDraftIsFound() {
        AssessmentRound twelveMonth = round("Twelve-month assessment");
        sql("update assessment_round set status = 'DRAFT' where id = " + twelveMonth.id());

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("Round " + twelveMonth.id() + " ('Twelve-month assessment'): status is draft but the"
                        + " trail's last entry says final (entry ")
                .contains("finalise by John Crabtree on 11 Jan 2016 at 17:00 UTC")
                .doesNotContain("final is", "'false'");
    }

    @Test
    void aDeletedRecommendationRowIsFound() {
        Recommendation twelve = context.recommendations()
                .create(new RecommendationDraft(
                        kerslake(), "12", null, "A twelfth point", null, null, null, null, null, null, false));
        sql("delete from recommendation where uuid = '" + twelve.uuid() + "'");

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("Recommendation 12 (kerslake-2014) is missing from the data, but the trail's last entry"
                        + " about it (entry ")
                .endsWith(") says it exists.");
    }

    @Test
    void aRecommendationMarkedDeletedOutsideStocktakeIsFound() {
        sql("update recommendation set deleted_at = current_timestamp where number = '3'");

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("Recommendation 3 (kerslake-2014) is marked deleted, but the trail's last entry");
    }

    @Test
    void aRecommendationBroughtBackOutsideStocktakeIsFound() {
        context.recommendations().delete(number("4").uuid());
        sql("update recommendation set deleted_at = null where number = '4'");

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .startsWith("Recommendation 4 (kerslake-2014) is in the data, but the trail's last entry about it")
                .endsWith("says it was deleted.");
    }

    @Test
    void aRowAddedOutsideStocktakeIsFound() {
        sql("insert into recommendation (uuid, review_id, number, position, title, summary_only, version, created_at,"
                + " updated_at) select random_uuid(), review_id, '99', 99, 'Slipped in', false, 1, created_at,"
                + " updated_at from recommendation where number = '1'");

        assertThat(dataProblems())
                .singleElement()
                .asString()
                .isEqualTo("Recommendation 99 (kerslake-2014) is in the data, but the trail has no entry about it: it"
                        + " was added outside Stocktake.");
    }

    @Test
    void everyDifferenceIsReportedNotOnlyTheFirst() {
        sql("update recommendation set owner = 'Nobody' where number in ('2', '9')");
        sql("update recommendation set title = 'Changed', priority = 'Low' where number = '10'");

        List<String> problems = dataProblems();
        assertThat(problems).hasSize(3);
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .startsWith(
                        "Recommendation 10 (kerslake-2014): title is 'Changed' but the trail's last entry" + " says")
                .contains("; priority is 'Low' but the trail's last entry says empty"));
    }
}
