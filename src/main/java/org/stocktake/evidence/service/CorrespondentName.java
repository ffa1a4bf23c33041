package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stocktake.panel.service.Person;

/**
 * A registered person's name as letters write it, OCR included: "John Crabtree", "J R A Crabtree", "Mr JRA Crabtree",
 * "lean Mr Crabbree", "RT HON JAMES BROKENSHIRE MP". The surname must be there, near enough; before it a matching
 * forename or initial, or a form of address; a different forename means a different person.
 */
final class CorrespondentName {

    /** A word in a line and where it stands. */
    record Word(String text, int start, int end) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    static final Set<String> FORMS_OF_ADDRESS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "cllr",
            "councillor",
            "sir",
            "dame",
            "lord",
            "lady",
            "hon",
            "rt",
            "prof",
            "professor",
            "rev",
            "baroness",
            "baron");
    static final Set<String> POST_NOMINALS =
            Set.of("mp", "obe", "cbe", "mbe", "kbe", "dbe", "qc", "kc", "frs", "mep", "jp", "dl", "msp");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    private final Person person;
    private final List<String> forenames;
    private final String surname;

    CorrespondentName(Person person) {
        this.person = person;
        List<String> parts = new ArrayList<>();
        for (Word word : words(person.fullName())) {
            parts.add(word.lower());
        }
        this.surname = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        this.forenames = parts.isEmpty() ? List.of() : List.copyOf(parts.subList(0, parts.size() - 1));
    }

    Person person() {
        return person;
    }

    static List<Word> words(String line) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            words.add(new Word(m.group(), m.start(), m.end()));
        }
        return words;
    }

    /**
     * Where this person's name stands among {@code words}: the index of its first word and one past its last, or null.
     */
    int[] find(List<Word> words) {
        if (surname.isEmpty()) {
            return null;
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.capitalised() && near(word.lower(), surname)) {
                int start = startBefore(words, i);
                if (start >= 0) {
                    return new int[] {start, i + 1};
                }
            }
        }
        return null;
    }

    /** Where the name ending in the surname at {@code at} starts, or -1 when what stands before it is someone else. */
    private int startBefore(List<Word> words, int at) {
        int before = at - 1;
        if (before >= 0 && isForename(words.get(before).lower())) {
            return addressStart(words, before);
        }
        if (before >= 1
                && words.get(before).capitalised()
                && isForename(words.get(before - 1).lower())) {
            return addressStart(words, before - 1); // a middle name: "John Richard Crabtree"
        }
        int initials = before;
        StringBuilder letters = new StringBuilder();
        while (initials >= 0 && isInitials(words.get(initials))) {
            letters.insert(0, words.get(initials).text());
            initials--;
        }
        if (letters.length() > 0) {
            boolean same = !forenames.isEmpty()
                    && Character.toLowerCase(letters.charAt(0))
                            == forenames.get(0).charAt(0);
            return same ? addressStart(words, initials + 1) : -1;
        }
        if (before >= 0 && FORMS_OF_ADDRESS.contains(words.get(before).lower())) {
            return addressStart(words, before);
        }
        boolean postNominal = at + 1 < words.size()
                && POST_NOMINALS.contains(words.get(at + 1).lower());
        boolean alone = before < 0 || !words.get(before).capitalised();
        return postNominal && alone ? at : -1;
    }

    private static int addressStart(List<Word> words, int from) {
        int start = from;
        while (start > 0 && FORMS_OF_ADDRESS.contains(words.get(start - 1).lower())) {
            start--;
        }
        return start;
    }

    private boolean isForename(String word) {
        return forenames.stream().anyMatch(forename -> near(word, forename));
    }

    /** "J", "JRA": one to three capitals that are not a form of address or letters after a name. */
    private static boolean isInitials(Word word) {
        String text = word.text();
        return text.length() <= 3
                && text.chars().allMatch(Character::isUpperCase)
                && !FORMS_OF_ADDRESS.contains(word.lower())
                && !POST_NOMINALS.contains(word.lower());
    }

    /** Whether two lower-case words are the same name through OCR's slips: none in short names, more in long ones. */
    static boolean near(String word, String name) {
        int allowed = name.length() <= 4 ? 0 : name.length() <= 8 ? 1 : 2;
        return Math.abs(word.length() - name.length()) <= allowed && distance(word, name) <= allowed;
    }

    /** The Levenshtein distance between two words. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
