package org.stocktake.evidence.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as British letters and reports write them: "11 January 2016", "11th January 2016", "11/01/2016" (day first),
 * "March 2016", and the forms OCR leaves behind ("1 1 January 2016", "Janua ry 2016").
 */
final class DateFinder {

    /** A date found in a line, where it stands in that line, and how much of it the line gave. */
    record Found(LocalDate date, DatePrecision precision, int start, int end) {}

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"
    };
    private static final String MONTH = monthPattern();
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    private static final String DAY = "(?<!\\d)(\\d \\d|\\d{1,2})\\s?(?:st|nd|rd|th)?";

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(DAY + "\\s*(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2((?:19|20)\\d\\d|\\d\\d)(?![\\d./-])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d-])");

    private DateFinder() {}

    /** The dates in {@code text}, in the order they stand; a day and month found inside a fuller date are not repeated. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, day(m.group(1)), m.group(2), m.group(3), m);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, Integer.parseInt(m.group(2)), m.group(1), m.group(3), m);
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            addNumeric(found, m, m.group(1), m.group(3), m.group(4));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            addNumeric(found, m, m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = month(m.group(1));
            // Without a day, only a capital tells the month from a word: "March 2016", not "we may 2016".
            if (month > 0 && Character.isUpperCase(m.group(1).charAt(0)) && free(found, m.start(), m.end())) {
                int year = Integer.parseInt(m.group(2));
                found.add(new Found(LocalDate.of(year, month, 1), DatePrecision.MONTH, m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void add(List<Found> found, int day, String monthName, String yearText, Matcher m) {
        int month = month(monthName);
        if (month > 0 && free(found, m.start(), m.end())) {
            LocalDate date = date(Integer.parseInt(yearText), month, day);
            if (date != null) {
                found.add(new Found(date, DatePrecision.DAY, m.start(), m.end()));
            }
        }
    }

    private static void addNumeric(List<Found> found, Matcher m, String dayText, String monthText, String yearText) {
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            // Two-digit years only with slashes: "2.5.16" is more often a paragraph number than a date.
            if (!"/".equals(m.group(2))) {
                return;
            }
            year += 2000;
        }
        LocalDate date = date(year, Integer.parseInt(monthText), Integer.parseInt(dayText));
        if (date != null && free(found, m.start(), m.end())) {
            found.add(new Found(date, DatePrecision.DAY, m.start(), m.end()));
        }
    }

    /** "1 1" is OCR's "11"; a day that makes no sense that way is read from its last digit. */
    private static int day(String text) {
        if (text.length() == 3) {
            int joined = Integer.parseInt(text.replace(" ", ""));
            return joined <= 31 ? joined : Integer.parseInt(text.substring(2));
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean free(List<Found> found, int start, int end) {
        return found.stream().noneMatch(f -> f.start() < end && start < f.end());
    }

    /** 1 to 12 for a month's name, abbreviation or OCR-split name; 0 for anything else. */
    static int month(String text) {
        String name = text.replace(" ", "").replace(".", "").toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(name) || (name.length() >= 3 && MONTHS[i].startsWith(name))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String monthPattern() {
        StringBuilder pattern = new StringBuilder("(?<![\\p{L}])(");
        for (String month : MONTHS) {
            // OCR splits long words: "Janua ry". Short names are left whole, or "may" would match too freely.
            pattern.append(month.length() > 4 ? String.join(" ?", month.split("")) : month)
                    .append('|');
        }
        pattern.append("jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?(?![\\p{L}])");
        return pattern.toString();
    }
}
