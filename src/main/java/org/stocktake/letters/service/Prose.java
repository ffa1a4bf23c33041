package org.stocktake.letters.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.stocktake.assessments.service.AssessmentRound;
import org.stocktake.assessments.service.RatingLevel;

/**
 * How the panel's letters put numbers, lists, dates and names into sentences: numbers under ten in words, "a, b and
 * c", "11 January 2016", a level's label in lower case mid-sentence.
 */
final class Prose {

    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Prose() {}

    /** "three", "twelve" stays "12": the house style spells out numbers under ten. */
    static String number(int n) {
        return n >= 0 && n < WORDS.length ? WORDS[n] : String.valueOf(n);
    }

    /** "one recommendation", "three recommendations", "12 recommendations". */
    static String count(int n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String date(LocalDate date) {
        return date == null ? "an undated day" : DATE.format(date);
    }

    /** "the Twelve-month assessment of 11 January 2016": the round's own title, which may hold a proper name. */
    static String round(AssessmentRound round) {
        return "the " + round.title().strip() + " of " + date(round.heldOn());
    }

    /** A level as it reads mid-sentence: "good progress", "red"; a label in capitals ("RAG") is left alone. */
    static String level(RatingLevel level) {
        if (level == null) {
            return "no rating";
        }
        return midSentence(level.label());
    }

    static String midSentence(String label) {
        String text = label == null ? "" : label.strip();
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    static String capitalised(String sentence) {
        if (sentence.isEmpty()) {
            return sentence;
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** "recommendation 6 (Workforce plan)", or just its number when it has no title. */
    static String recommendation(String number, String title) {
        String named = "recommendation " + (number == null ? "" : number.strip());
        return title == null || title.isBlank() ? named : named + " (" + title.strip() + ")";
    }

    /** The short name of a review, as a letter gives it: its title up to any colon ("The way forward"). */
    static String reviewName(String title) {
        if (title == null || title.isBlank()) {
            return "the review";
        }
        int colon = title.indexOf(':');
        return (colon > 0 ? title.substring(0, colon) : title).strip();
    }
}
