package org.stocktake.letters.service;

import java.util.List;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;

/**
 * What a template holds: the letter's skeleton (letterhead, delivery note, salutation, headings, boilerplate,
 * closing) and who it goes to and who signs it, by office. The people are found in the panel register on the date
 * of each letter made from it, so a template written in 2016 addresses the right Secretary of State in 2018.
 *
 * @param addressee the office a letter goes to, or null to leave the addressee to the writer
 * @param signatories the offices whose holders sign, in order
 */
public record TemplateContent(LetterDocument document, Office addressee, List<Office> signatories) {

    public TemplateContent {
        signatories = List.copyOf(signatories == null ? List.of() : signatories);
    }

    /**
     * An office: a role in a kind of organisation.
     *
     * @param roleLines for a signatory, how the role is printed under the name; empty for the register's office title
     */
    public record Office(Role role, OrganisationKind organisation, List<String> roleLines) {
        public Office {
            roleLines = List.copyOf(roleLines == null ? List.of() : roleLines);
        }

        /** The same office with its printed role lines set aside: what a chooser compares. */
        public Office bare() {
            return new Office(role, organisation, List.of());
        }

        /** How a person reads the office, e.g. "Leader of the council". */
        public String label() {
            String body = organisation == null
                    ? "an organisation"
                    : switch (organisation) {
                        case PANEL -> "the panel";
                        case COUNCIL -> "the council";
                        case GOVERNMENT -> "the government";
                        case AUDITOR -> "the auditor";
                        case OTHER -> "another body";
                    };
            return (role == null ? "Someone" : role.label()) + " of " + body;
        }
    }
}
