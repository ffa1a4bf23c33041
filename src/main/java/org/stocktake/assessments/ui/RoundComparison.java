package org.stocktake.assessments.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stocktake.assessments.service.Assessment;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RatingLevel;

/** How a round relates to the one before it: which round that is, and whether a row moved since. */
final class RoundComparison {

    /** Rounds in the order they assess: by date, then by when they were opened. */
    static final Comparator<AssessmentRound> BY_DATE =
            Comparator.comparing(AssessmentRound::heldOn).thenComparing(AssessmentRound::id);

    private RoundComparison() {}

    /** The round held just before {@code round} among {@code rounds}, or null for the first one. */
    static AssessmentRound previous(List<AssessmentRound> rounds, AssessmentRound round) {
        AssessmentRound before = null;
        for (AssessmentRound other : rounds.stream().sorted(BY_DATE).toList()) {
            if (other.id() == round.id()) {
                return before;
            }
            before = other;
        }
        return null;
    }

    /** The latest round by date, or null when there is none. */
    static AssessmentRound latest(List<AssessmentRound> rounds) {
        return rounds.stream().max(BY_DATE).orElse(null);
    }

    /**
     * Whether the row's rating or direction differs from the previous round's. A row not yet assessed in this round
     * has not changed: it is simply still to do.
     */
    static boolean changed(Assessment now, Assessment before) {
        if (now.level() == null && now.direction() == null) {
            return false;
        }
        return !Objects.equals(code(now.level()), before == null ? null : code(before.level()))
                || now.direction() != (before == null ? null : before.direction());
    }

    /** What a tooltip says about the change, e.g. "was Limited, Static; now Some progress, Improving". */
    static String describe(Assessment now, Assessment before, AssessmentRound previousRound) {
        String was = before == null ? "not assessed" : summary(before);
        return "Changed since " + previousRound.title() + ": was " + was + "; now " + summary(now) + ".";
    }

    private static String summary(Assessment a) {
        if (a.level() == null && a.direction() == null) {
            return "not assessed";
        }
        String level = a.level() == null ? "no rating" : a.level().label();
        return a.direction() == null ? level : level + ", " + a.direction().label();
    }

    private static String code(RatingLevel level) {
        return level == null ? null : level.code();
    }
}
