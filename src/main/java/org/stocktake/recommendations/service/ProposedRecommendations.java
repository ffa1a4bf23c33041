package org.stocktake.recommendations.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stocktake.recommendations.service.ReviewTextLine.Kind;
import org.stocktake.recommendations.service.ReviewTextLine.Numbered;
import org.stocktake.recommendations.service.ReviewTextLine.Style;

/**
 * Finds a review's numbered recommendations in its text, page by page, for a person to check before they are
 * imported. A list is items numbered 1, 2, 3… (4a and 4b allowed) in one style ("Recommendation 1:", "R1", "1.",
 * "1)", "(1)" or "1 "); each item runs to the next, a heading or a blank line.
 *
 * <p>Reviews often give their recommendations twice, in the chapters and again as a summary, and number their
 * paragraphs as well. So a list under a heading such as "Summary of recommendations", or whose items say
 * "Recommendation", is preferred to any other numbered list; among those the longest wins, a summary breaking a tie.
 * Never throws: text with no such list gives an empty list.
 */
public final class ProposedRecommendations {

    private ProposedRecommendations() {}

    /** A numbered list found in the text: the lines its items start on. */
    private record Run(Style style, boolean inSummary, List<Integer> starts) {

        boolean isLabelled() {
            return inSummary || style == Style.LABELLED || style == Style.SHORT_LABEL;
        }
    }

    /**
     * @param pages the text of each page, the first page first; null pages count as empty
     * @return the recommendations in their order, each with the page it starts on
     */
    public static List<ProposedRecommendation> in(List<String> pages) {
        List<ReviewTextLine> lines = ReviewTextLines.of(pages);
        int[] headingAbove = new int[lines.size()];
        List<Run> runs = runs(lines, headingAbove);
        Run chosen = runs.stream()
                .filter(Run::isLabelled)
                .max(Comparator.comparingInt((Run r) -> r.starts().size()).thenComparing(Run::inSummary))
                .orElseGet(() -> runs.stream()
                        .filter(r -> r.starts().size() >= 2)
                        .max(Comparator.comparingInt(r -> r.starts().size()))
                        .orElse(null));
        if (chosen == null) {
            return List.of();
        }
        List<ProposedRecommendation> found = new ArrayList<>();
        for (int k = 0; k < chosen.starts().size(); k++) {
            int start = chosen.starts().get(k);
            boolean last = k + 1 == chosen.starts().size();
            int end = last ? lines.size() : chosen.starts().get(k + 1);
            found.add(item(lines, start, end, last, headingAbove[start]));
        }
        return found;
    }

    /** Every numbered list, and for each line the heading nearest above it (-1 for none). */
    private static List<Run> runs(List<ReviewTextLine> lines, int[] headingAbove) {
        List<Run> runs = new ArrayList<>();
        Map<Style, Run> open = new EnumMap<>(Style.class);
        int heading = -1;
        boolean inSummary = false;
        for (int i = 0; i < lines.size(); i++) {
            headingAbove[i] = heading;
            ReviewTextLine line = lines.get(i);
            if (line.kind() == Kind.HEADING) {
                heading = i;
                if (ReviewTextLine.isRecommendationsHeading(line.text())) {
                    inSummary = true;
                } else if (line.isChapter() || line.isContentsHeading()) {
                    inSummary = false;
                }
            } else if (line.kind() == Kind.NUMBERED) {
                Numbered numbered = line.numbered();
                Run current = open.get(numbered.style());
                if (numbered.startsList()) {
                    Run run = new Run(numbered.style(), inSummary, new ArrayList<>(List.of(i)));
                    runs.add(run);
                    open.put(numbered.style(), run);
                } else if (current != null
                        && numbered.follows(
                                lines.get(current.starts().get(current.starts().size() - 1))
                                        .numbered())) {
                    current.starts().add(i);
                }
            }
        }
        return runs;
    }

    private static ProposedRecommendation item(
            List<ReviewTextLine> lines, int start, int end, boolean last, int heading) {
        ReviewTextLine first = lines.get(start);
        StringBuilder text = new StringBuilder(first.numbered().rest());
        for (int i = start + 1; i < end && text.length() <= RecommendationLimits.TEXT.max(); i++) {
            ReviewTextLine line = lines.get(i);
            if (line.kind() == Kind.BLANK
                    || line.kind() == Kind.HEADING
                    || line.kind() == Kind.CONTENTS
                    || (last && line.kind() == Kind.NUMBERED)) {
                break;
            }
            join(text, line.text());
        }
        ProposedTitle title = ProposedTitle.of(text.toString());
        return new ProposedRecommendation(
                first.numbered().number(), theme(lines, heading), title.title(), title.body(), first.page());
    }

    /** Joins a wrapped line on, mending a word hyphenated across the break ("improve-" "ment"). */
    static void join(StringBuilder text, String line) {
        int n = text.length();
        boolean hyphenated = n >= 2
                && (text.charAt(n - 1) == '-' || text.charAt(n - 1) == '\u00AD')
                && Character.isLetter(text.charAt(n - 2))
                && !line.isEmpty()
                && Character.isLowerCase(line.codePointAt(0));
        if (hyphenated) {
            text.setLength(n - 1);
        } else if (n > 0) {
            text.append(' ');
        }
        text.append(line);
    }

    /** The heading above, unless it only says that recommendations follow (or there is none). */
    private static String theme(List<ReviewTextLine> lines, int heading) {
        if (heading < 0) {
            return null;
        }
        ReviewTextLine line = lines.get(heading);
        if (ReviewTextLine.isRecommendationsHeading(line.text()) || line.isContentsHeading()) {
            return null;
        }
        String words = line.headingWords();
        return words.isEmpty() ? null : ProposedTitle.cut(words, RecommendationLimits.THEME.max());
    }
}
