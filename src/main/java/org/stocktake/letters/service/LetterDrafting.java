package org.stocktake.letters.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.AssessmentService;
import org.stocktake.assessments.service.ScaleService;
import org.stocktake.evidence.service.Annotations;
import org.stocktake.evidence.service.EvidenceService;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.recommendations.service.RecommendationService;
import org.stocktake.shared.NotFoundException;
import org.stocktake.shared.ValidationException;

/**
 * Drafting a letter from the panel's own data: passages on a round, on what moved since the round before, on one
 * recommendation's history, and citations of the evidence library. Every passage carries an origin with a
 * fingerprint of its data, so a draft can tell when that data has since changed and re-make the passage. Reads only;
 * the letter is the caller's to keep.
 */
public final class LetterDrafting {

    private final Clock clock;
    private final AssessmentService assessments;
    private final RoundSummary summaries;
    private final RatingMovements movements;
    private final HistoryParagraph histories;
    private final EvidenceCitations citations;
    private final StaleInsertions insertions;

    public LetterDrafting(
            Clock clock,
            RecommendationService recommendations,
            AssessmentService assessments,
            ScaleService scales,
            EvidenceService evidence,
            Annotations annotations) {
        this.clock = clock;
        this.assessments = assessments;
        this.summaries = new RoundSummary(recommendations, assessments, scales);
        this.movements = new RatingMovements(recommendations, assessments);
        this.histories = new HistoryParagraph(recommendations, assessments);
        this.citations = new EvidenceCitations(evidence, annotations);
        this.insertions = new StaleInsertions(List.of(summaries, movements, histories), clock);
    }

    /**
     * A heading and paragraphs telling the round theme by theme: how many recommendations were rated at each level,
     * naming those that fell short.
     *
     * @throws NotFoundException if there is no such round
     * @throws ValidationException if the round is not one of the review's
     */
    public Insertion roundSummary(long reviewId, long roundId) {
        AssessmentRound round = roundOf(reviewId, roundId);
        return Placing.fresh(RoundSummary.SOURCE, round.uuid().toString(), summaries.draft(round), clock);
    }

    /**
     * A paragraph naming each recommendation whose rating moved since the review's previous round, with its old and
     * new rating; "No recommendation changed its rating ..." when none did.
     *
     * @throws NotFoundException if there is no such round
     * @throws ValidationException if the round is not one of the review's
     */
    public Insertion changesSince(long reviewId, long roundId) {
        AssessmentRound round = roundOf(reviewId, roundId);
        return Placing.fresh(RatingMovements.SOURCE, round.uuid().toString(), movements.draft(round), clock);
    }

    /**
     * A paragraph telling the recommendation's ratings round by round.
     *
     * @throws NotFoundException if there is no such recommendation
     */
    public Insertion recommendationHistory(UUID recommendationUuid) {
        return Placing.fresh(
                HistoryParagraph.SOURCE, recommendationUuid.toString(), histories.draft(recommendationUuid), clock);
    }

    /**
     * A citation of a document of the library, or of one note on it, and the mark to put in the text.
     *
     * @param annotationId the note's id, or null to cite the whole document
     * @throws NotFoundException if the document or the note is gone
     */
    public Cited cite(long evidenceId, Long annotationId) {
        return citations.cite(evidenceId, annotationId);
    }

    /** The passages inserted from the panel's data whose data has changed (or gone) since, in body order. */
    public List<StaleInsertion> staleBlocks(LetterDocument letter) {
        return insertions.stale(letter);
    }

    /**
     * The letter with the passage holding {@code blockId} re-made from today's data, keeping its blocks' ids.
     *
     * @throws ValidationException if there is no such block, or it was written by hand
     * @throws NotFoundException if the data it was written from is gone
     */
    public LetterDocument refresh(LetterDocument letter, String blockId) {
        return insertions.refresh(letter, blockId);
    }

    /** One plain sentence for each citation whose document or note has left the library. */
    public List<String> goneCitations(LetterDocument letter) {
        return citations.gone(letter);
    }

    private AssessmentRound roundOf(long reviewId, long roundId) {
        AssessmentRound round = assessments.round(roundId);
        if (round.reviewId() != reviewId) {
            throw new ValidationException(
                    "'" + round.title() + "' is a round of another review; choose one of this" + " review's rounds.");
        }
        return round;
    }
}
