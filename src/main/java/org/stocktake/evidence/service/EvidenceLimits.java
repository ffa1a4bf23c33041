package org.stocktake.evidence.service;

import java.util.ArrayList;
import java.util.List;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;

/** What a document's fields may hold: the same lengths as the database's columns, and no characters that hide text. */
final class EvidenceLimits {

    static final int TITLE = 500;
    static final int FILE_NAME = 500;
    static final int PARTY = 300;
    static final int OFFICE = 300;
    static final int SOURCE = 300;
    static final int REFERENCE = 200;
    static final int TAG = 100;
    static final int NOTE = 1000;

    private EvidenceLimits() {}

    /**
     * The draft as stored: text trimmed and normalised, over-long guesses cut to fit.
     *
     * @throws ValidationException listing every field a person typed that cannot be kept
     */
    static EvidenceDraft checked(EvidenceDraft draft) {
        List<String> problems = new ArrayList<>();
        String title = text("The title", draft.title(), TITLE, problems);
        if (title == null) {
            problems.add("A document needs a title.");
        }
        if (draft.kind() == null) {
            problems.add("A document needs a kind.");
        }
        if (draft.dated() != null && draft.precision() == null) {
            problems.add("Say how precise the date is (day, month or year).");
        }
        if (draft.replyBy() != null && draft.dated() != null && draft.replyBy().isBefore(draft.dated())) {
            problems.add("A reply cannot be due before the letter is dated.");
        }
        List<Party> senders = parties("A sender", draft.senders(), problems);
        List<Party> recipients = parties("A recipient", draft.recipients(), problems);
        List<String> tags = new ArrayList<>();
        for (String tag : draft.tags()) {
            String kept = text("A tag", tag, TAG, problems);
            if (kept != null && !tags.contains(kept)) {
                tags.add(kept);
            }
        }
        String source = text("The source", draft.source(), SOURCE, problems);
        String reference = text("The reference", draft.reference(), REFERENCE, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new EvidenceDraft(
                title,
                draft.dated(),
                draft.dated() == null ? null : draft.precision(),
                draft.kind(),
                senders,
                recipients,
                source,
                reference,
                tags,
                draft.repliesToId(),
                draft.replyBy());
    }

    private static List<Party> parties(String what, List<Party> parties, List<String> problems) {
        List<Party> kept = new ArrayList<>();
        for (Party party : parties) {
            String name = text(what, party.name(), PARTY, problems);
            String office = text(what + "'s office", party.office(), OFFICE, problems);
            if (name != null) {
                kept.add(new Party(name, party.personId(), office));
            }
        }
        return kept;
    }

    private static String text(String what, String value, int limit, List<String> problems) {
        String kept = TextHygiene.trimmed(value);
        if (kept == null) {
            return null;
        }
        String refused = TextHygiene.firstRefused(kept, false);
        if (refused != null) {
            problems.add(what + " holds " + refused + ".");
        } else if (kept.codePointCount(0, kept.length()) > limit) {
            problems.add(what + " is longer than " + limit + " characters; shorten it.");
        }
        return kept;
    }

    /**
     * A guess or a file's own name made fit to store: characters that may not be kept become spaces, and text too long
     * is cut. A guess is never refused; the person corrects it later.
     */
    static String fitted(String value, int limit) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(value.length(), limit));
        value.codePoints()
                .limit(limit)
                .forEach(c -> kept.appendCodePoint(
                        TextHygiene.firstRefused(new String(Character.toChars(c)), false) == null ? c : ' '));
        return TextHygiene.trimmed(kept.toString().replaceAll("\\s+", " "));
    }
}
