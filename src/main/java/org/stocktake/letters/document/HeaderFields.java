package org.stocktake.letters.document;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A letter's parts other than its body, each as one line of text under the name a drafter knows it by. */
final class HeaderFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private HeaderFields() {}

    static Map<String, String> of(LetterDocument letter) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Kind", letter.isPressRelease() ? "press release" : "letter");
        fields.put("Letterhead", String.join(" / ", letter.letterhead().lines()));
        fields.put("Running head", letter.letterhead().continuation());
        fields.put("Reference", letter.reference());
        fields.put("Date", letter.date() == null ? "" : DATE.format(letter.date()));
        fields.put("Delivery note", letter.deliveryNote());
        fields.put("Date placement", letter.headerOrder() == HeaderOrder.DATE_FIRST ? "date first" : "addressee first");
        fields.put("Addressee", String.join(" / ", letter.addressee().lines()));
        fields.put("Salutation", letter.salutation());
        fields.put("Subject", letter.subject());
        fields.put("Closing", letter.closing());
        fields.put("Signatories", signatories(letter.signatories()));
        fields.put("Documents referred to", letter.annex() ? "listed" : "not listed");
        fields.put("Contact", letter.contact());
        for (Citation citation : letter.citations()) {
            fields.put("Citation " + citation.key(), citation.description());
        }
        return fields;
    }

    private static String signatories(List<Signatory> signatories) {
        return String.join(
                "; ",
                signatories.stream()
                        .map(s ->
                                s.roleLines().isEmpty() ? s.name() : s.name() + ", " + String.join(", ", s.roleLines()))
                        .toList());
    }
}
