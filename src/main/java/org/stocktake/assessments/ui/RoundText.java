package org.stocktake.assessments.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RatingLevel;
import org.stocktake.assessments.service.RatingScale;
import org.stocktake.shared.TypedDate;

/** How rounds, dates and scales are written on screen, in one place so the toolbar, banner and dialogs agree. */
final class RoundText {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private RoundText() {}

    /** E.g. "March assessment · 15 Mar 2016 · draft". */
    static String label(AssessmentRound round) {
        if (round == null) {
            return "";
        }
        return round.title() + " · " + date(round.heldOn()) + " · " + (round.isFinal() ? "final" : "draft");
    }

    static String date(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    static String date(OffsetDateTime at) {
        return at == null
                ? ""
                : SHORT_DATE.format(at.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
    }

    /** What the banner over a final round says. */
    static String finalBanner(AssessmentRound round) {
        return "Final: '" + round.title() + "' was finalised by " + round.finalisedBy() + " on "
                + date(round.finalisedAt()) + " and is read-only. Changes are recorded as corrections, with a reason,"
                + " and the original stays on record.";
    }

    /** The keys that pick a level, e.g. "N, L, S, G or E". */
    static String levelKeys(RatingScale scale) {
        String codes = scale.levels().stream().map(RatingLevel::code).collect(Collectors.joining(", "));
        int last = codes.lastIndexOf(", ");
        return last < 0 ? codes : codes.substring(0, last) + " or " + codes.substring(last + 2);
    }

    /** Reads a date typed as 2016-06-30 or 30/6/2016; null when blank. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return TypedDate.parse(value)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + value + "' is not a date: write it as " + TypedDate.EXAMPLES + "."));
    }
}
