package org.stocktake.evidence.service;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's reference as its head shows it: "Our ref: JB/123" is the writer's own and is preferred, then a bare
 * "Ref:", then "Your ref", the reference of the letter it answers.
 */
final class ReferenceFinder {

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?<![\\p{L}])(our|your|my|case|file)?\\s*ref(?:erence)?\\b\\.?\\s*(?:no\\.?|number)?\\s*[:.-]?\\s*"
                    + "([A-Za-z0-9][A-Za-z0-9/_.()-]*(?: [A-Za-z0-9/_.()-]+){0,3})");
    /** Where another label starts on the same line: "Our ref: AB/1 Your ref: CD/2 Date: ...". */
    private static final Pattern NEXT_LABEL = Pattern.compile("(?i)\\s+(?:your|our|date|tel|email|e-mail)\\b.*$");

    private static final int MAX_CHARS = 40;

    private ReferenceFinder() {}

    /** The reference, or null when the lines show none. */
    static String find(List<String> lines) {
        String bare = null;
        String theirs = null;
        for (String line : lines) {
            Matcher m = LABELLED.matcher(line);
            while (m.find()) {
                String value = NEXT_LABEL.matcher(m.group(2)).replaceAll("").strip();
                if (!isReference(value)) {
                    continue;
                }
                String label = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                if (label.equals("our") || label.equals("my")) {
                    return value;
                }
                if (label.equals("your")) {
                    theirs = theirs == null ? value : theirs;
                } else if (bare == null && (!label.isEmpty() || m.start() == 0)) {
                    bare = value;
                }
            }
        }
        return bare != null ? bare : theirs;
    }

    /** A reference has a digit or is a code in capitals, and is short; "Reference to the report" is prose. */
    private static boolean isReference(String value) {
        if (value.isEmpty() || value.length() > MAX_CHARS) {
            return false;
        }
        boolean digit = value.chars().anyMatch(Character::isDigit);
        boolean code = value.length() >= 2 && value.chars().noneMatch(Character::isLowerCase);
        return digit || code;
    }
}
