package org.stocktake.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stocktake.recommendations.service.RecommendationDraft;
import org.stocktake.recommendations.service.SourceReference;

/**
 * A large, repeatable set of recommendations in the register's own register of language: a dozen themes, titles and
 * paragraphs built from the words improvement panels use, so filter words hit some rows and miss others as they would
 * in a real framework (a fixed seed keeps every run filtering the same text).
 */
final class RecommendationCorpus {

    static final List<String> THEMES = List.of(
            "Governance and decision making",
            "Finance and budget",
            "Partnership working",
            "Workforce and culture",
            "Housing and regeneration",
            "Children's services",
            "Adult social care",
            "Leadership",
            "Performance management",
            "Transparency and scrutiny",
            "Community engagement",
            "Procurement and contracts");

    private static final String[] VERBS = {
        "review",
        "strengthen",
        "agree",
        "publish",
        "set out",
        "establish",
        "simplify",
        "align",
        "report on",
        "agree with"
    };
    private static final String[] SUBJECTS = {
        "the medium-term financial plan",
        "the budget consultation",
        "its partnership board",
        "the workforce strategy",
        "district committees",
        "the housing revenue account",
        "the scrutiny function",
        "the corporate plan",
        "member development",
        "the capital programme",
        "the safeguarding board",
        "procurement rules",
        "the audit committee",
        "its performance framework",
        "community forums",
        "the leadership team"
    };
    private static final String[] QUALIFIERS = {
        "with its partners",
        "within six months",
        "before the next budget round",
        "in consultation with residents",
        "so that savings are delivered",
        "with clear lines of accountability",
        "and report progress to the panel",
        "across the whole council",
        "with the voluntary sector",
        "so decisions are taken closer to communities"
    };
    private static final String[] OWNERS = {
        "Chief Executive",
        "Leader of the Council",
        "Director of Finance",
        "Director of People",
        "Head of HR",
        "Strategic Director, Place",
        "Monitoring Officer",
        "Cabinet Member for Housing"
    };
    private static final String[] PRIORITIES = {"High", "Medium", "Low"};

    private RecommendationCorpus() {}

    /** {@code count} drafts numbered 1 to {@code count}, the same ones on every call. */
    static List<RecommendationDraft> drafts(int count) {
        Random random = new Random(20_140_000L);
        List<RecommendationDraft> drafts = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String theme = THEMES.get(random.nextInt(THEMES.size()));
            String title =
                    capitalise(pick(random, VERBS)) + " " + pick(random, SUBJECTS) + " " + pick(random, QUALIFIERS);
            StringBuilder body = new StringBuilder();
            for (int sentence = 2 + random.nextInt(4); sentence > 0; sentence--) {
                body.append("The council should ")
                        .append(pick(random, VERBS))
                        .append(' ')
                        .append(pick(random, SUBJECTS))
                        .append(' ')
                        .append(pick(random, QUALIFIERS))
                        .append(". ");
            }
            LocalDate milestone = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(900));
            String notes = random.nextInt(4) == 0 ? "Raised again at the panel meeting of " + milestone : null;
            drafts.add(new RecommendationDraft(
                    0,
                    String.valueOf(i),
                    theme,
                    title,
                    body.toString().strip(),
                    pick(random, OWNERS),
                    pick(random, PRIORITIES),
                    milestone,
                    new SourceReference("Improvement framework", 1 + i / 20),
                    notes,
                    false));
        }
        return drafts;
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
