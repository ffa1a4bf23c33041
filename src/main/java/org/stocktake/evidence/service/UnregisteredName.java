package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people the register does not know, as letters show them: after a form of address ("Ms Jane Doe", "RT HON
 * JANE BLOGGS MP", "Dear Mr Smith"), or as a signature line that is nothing but a name ("Robert Brown").
 */
final class UnregisteredName {

    /** A name in a line, and where it stands. */
    record Found(String name, int start, int end) {}

    private static final String NAME_WORD = "(?:[A-Z][\\p{L}'-]+|[A-Z]\\.?)";
    private static final Pattern ADDRESSED = Pattern.compile("\\b(?i:(?:The\\s+)?Rt\\.?\\s+Hon\\.?|Mr|Mrs|Ms|Miss|Dr"
            + "|Cllr|Councillor|Sir|Dame|Lord|Lady|Professor|Prof)\\.?\\s+(" + NAME_WORD + "(?:\\s+" + NAME_WORD
            + "){0,3})");
    private static final Set<String> NOT_NAMES = Set.of(
            "secretary",
            "chair",
            "chairman",
            "leader",
            "chief",
            "director",
            "council",
            "panel",
            "state",
            "minister",
            "member",
            "members",
            "executive",
            "officer",
            "head",
            "of",
            "the",
            "for",
            "and",
            "by",
            "email",
            "sent",
            "yours",
            "sincerely",
            "faithfully",
            "regards",
            "signature",
            "signed",
            "councillor",
            "office",
            "ministry",
            "department",
            "government",
            "city",
            "county",
            "borough",
            "district");

    private UnregisteredName() {}

    /** The names after a form of address in {@code line}, in order. */
    static List<Found> addressed(String line) {
        List<Found> found = new ArrayList<>();
        Matcher m = ADDRESSED.matcher(line);
        while (m.find()) {
            String name = name(m.group(1), line.substring(m.start(), m.start(1)).strip());
            if (name != null) {
                found.add(new Found(name, m.start(), m.end()));
            }
        }
        return found;
    }

    static boolean isBareName(String line) {
        String[] words = line.split("\\s+");
        return line.length() <= 40
                && words.length >= 2
                && words.length <= 4
                && line.matches("[\\p{L} .'-]+")
                && Arrays.stream(words)
                        .allMatch(w -> Character.isUpperCase(w.codePointAt(0))
                                && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The name after a form of address; the name stops at the first office word. */
    private static String name(String words, String address) {
        List<String> kept = new ArrayList<>();
        for (String word : words.split("\\s+")) {
            String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
            if (NOT_NAMES.contains(lower) || CorrespondentName.POST_NOMINALS.contains(lower)) {
                break;
            }
            kept.add(word);
        }
        if (kept.isEmpty() || kept.stream().allMatch(w -> w.replace(".", "").length() == 1)) {
            return null;
        }
        // A surname alone keeps its form of address: "Ms Doe" says more than "Doe".
        String name = kept.size() == 1 ? address + " " + kept.get(0) : String.join(" ", kept);
        if (name.chars().noneMatch(Character::isLowerCase)) {
            name = capitalise(name.toLowerCase(Locale.ROOT)); // a signature block in capitals: "JAMES BROKENSHIRE"
        }
        return name;
    }

    static String capitalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return out.toString();
    }
}
