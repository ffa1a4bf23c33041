package org.stocktake.letters.service;

import java.util.List;
import java.util.Locale;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Signatory;

/**
 * Which signature field of an exported letter belongs to whom: {@code signatory-1} is the first signatory's, and so
 * on. A key whose holder is named among the signatories signs that signatory's field, whatever the order of signing.
 */
public final class SignatoryFields {

    private SignatoryFields() {}

    public static String field(int signatoryIndex) {
        return "signatory-" + (signatoryIndex + 1);
    }

    /** The field of the signatory the key's holder is, or null (the signer's first empty field) when none matches. */
    public static String of(LetterDocument letter, String holderName) {
        int index = indexOf(letter, holderName);
        return index < 0 ? null : field(index);
    }

    /** The signatory the key's holder is, or null when none matches. */
    public static Signatory who(LetterDocument letter, String holderName) {
        int index = indexOf(letter, holderName);
        return index < 0 ? null : letter.signatories().get(index);
    }

    private static int indexOf(LetterDocument letter, String holderName) {
        List<Signatory> signatories = letter.signatories();
        String holder = normalised(holderName);
        for (int i = 0; i < signatories.size(); i++) {
            String name = normalised(signatories.get(i).name());
            if (!name.isEmpty()
                    && (name.equals(holder) || name.endsWith(" " + holder) || holder.endsWith(" " + name))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalised(String name) {
        return name == null
                ? ""
                : name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
