package org.stocktake.recommendations.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stocktake.shared.TextHygiene;

/**
 * What a user supplies to add a review. The code is brought to one form as recommendation numbers are (see
 * {@link TextHygiene#identifier}); blank optional text is treated as absent.
 */
public record ReviewDraft(String code, String title, String author, LocalDate publishedOn, String sourceDocument) {

    private static final Pattern CODE =
            Pattern.compile("[a-z0-9][a-z0-9-]{0," + (RecommendationLimits.REVIEW_CODE.max() - 1) + "}");

    public ReviewDraft {
        code = TextHygiene.identifier(code);
        title = TextHygiene.trimmed(title);
        author = TextHygiene.trimmed(author);
        sourceDocument = TextHygiene.trimmed(sourceDocument);
    }

    /** The problems that stop this draft being saved, in the user's words; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(
                    "The review's short code must be lower-case letters, digits and hyphens (e.g. kerslake-2014).");
        }
        if (title == null) {
            problems.add("The review needs a title.");
        }
        RecommendationLimits.REVIEW_TITLE.check(title, problems);
        RecommendationLimits.REVIEW_AUTHOR.check(author, problems);
        RecommendationLimits.REVIEW_SOURCE.check(sourceDocument, problems);
        return problems;
    }
}
