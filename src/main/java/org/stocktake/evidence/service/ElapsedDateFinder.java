package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date read from time elapsed: a press release that names no date of its own says it comes "fifteen months since
 * the report's publication", and elsewhere that the report was published in December 2014. The event is the dated
 * sentence sharing the most words with the one that counts the months.
 */
final class ElapsedDateFinder {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("twenty-four", 24),
            Map.entry("thirty", 30),
            Map.entry("thirty-six", 36));
    private static final Pattern ELAPSED = Pattern.compile(
            "(?<![\\p{L}\\d-])(\\d{1,2}|[a-z]+(?:-[a-z]+)?)\\s+(months?|years?)\\s+(?:since|after)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\"])\\s+(?=[A-Z\"'])|\\n\\s*\\n");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> COMMON =
            Set.of("that", "this", "with", "from", "have", "been", "were", "will", "which", "their", "there", "since");
    /** Fewer shared words than this and the dated sentence is taken to be about something else. */
    private static final int ENOUGH_SHARED = 3;

    private ElapsedDateFinder() {}

    /** The date the text's own "N months since ..." points at, or null when it names no such span or no dated event. */
    static DateFinder.Found find(String text) {
        List<String> sentences = List.of(SENTENCE_END.split(text));
        for (int i = 0; i < sentences.size(); i++) {
            Matcher m = ELAPSED.matcher(sentences.get(i));
            while (m.find()) {
                Integer count = count(m.group(1));
                if (count != null && count > 0) {
                    DateFinder.Found event = event(sentences, i);
                    if (event != null) {
                        boolean months = m.group(2).toLowerCase(Locale.ROOT).startsWith("month");
                        return months
                                ? new DateFinder.Found(
                                        event.date().withDayOfMonth(1).plusMonths(count), DatePrecision.MONTH, 0, 0)
                                : new DateFinder.Found(
                                        event.date().withDayOfYear(1).plusYears(count), DatePrecision.YEAR, 0, 0);
                    }
                }
            }
        }
        return null;
    }

    private static Integer count(String word) {
        return word.chars().allMatch(Character::isDigit)
                ? Integer.valueOf(word)
                : NUMBERS.get(word.toLowerCase(Locale.ROOT));
    }

    private static DateFinder.Found event(List<String> sentences, int counting) {
        Set<String> words = stems(sentences.get(counting));
        DateFinder.Found best = null;
        int bestShared = ENOUGH_SHARED - 1;
        for (int i = 0; i < sentences.size(); i++) {
            if (i == counting) {
                continue;
            }
            List<DateFinder.Found> dates = DateFinder.find(sentences.get(i));
            if (!dates.isEmpty()) {
                Set<String> shared = stems(sentences.get(i));
                shared.retainAll(words);
                if (shared.size() > bestShared) {
                    bestShared = shared.size();
                    best = dates.get(0);
                }
            }
        }
        return best;
    }

    /** Words cut to five letters, so that "publication" and "published" meet. */
    private static Set<String> stems(String sentence) {
        Set<String> stems = new HashSet<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        for (String word : words) {
            if (!COMMON.contains(word)) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return stems;
    }
}
