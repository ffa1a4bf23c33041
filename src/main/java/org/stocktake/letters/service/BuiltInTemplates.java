package org.stocktake.letters.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stocktake.letters.document.Block;
import org.stocktake.letters.document.DocumentKind;
import org.stocktake.letters.document.HeaderOrder;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Letterhead;
import org.stocktake.letters.document.Run;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Role;

/**
 * The templates every workspace starts with, modelled on the Birmingham panel's own letters: the chair's assessment
 * letter (11 January 2016), the joint letter with the council (8 March 2018), the covering letter for a report (29
 * June 2018) and the press release (March 2016). {@code {panel}} and {@code {council}} stand for the panel's and the
 * council's names in the register. Notes tell the writer what goes where and are never printed.
 */
final class BuiltInTemplates {

    static final String ASSESSMENT = "Assessment letter to the Secretary of State";
    static final String JOINT = "Joint letter with the council";
    static final String COVERING = "Covering letter for a report";
    static final String PRESS = "Press release";

    /** The names of {@link #all()}, without building the templates. */
    static final List<String> NAMES = List.of(ASSESSMENT, JOINT, COVERING, PRESS);

    private static final Letterhead LETTERHEAD = new Letterhead(List.of("{panel}"), "{panel}");
    private static final TemplateContent.Office SECRETARY_OF_STATE =
            new TemplateContent.Office(Role.SECRETARY_OF_STATE, OrganisationKind.GOVERNMENT, List.of());
    private static final TemplateContent.Office CHAIR =
            new TemplateContent.Office(Role.CHAIR, OrganisationKind.PANEL, List.of("Chair, {panel}"));
    private static final TemplateContent.Office LEADER =
            new TemplateContent.Office(Role.LEADER, OrganisationKind.COUNCIL, List.of("Leader of {council}"));

    record Shipped(String name, String description, TemplateContent content) {}

    private BuiltInTemplates() {}

    static List<Shipped> all() {
        return List.of(assessment(), joint(), covering(), pressRelease());
    }

    private static Shipped assessment() {
        LetterDocument letter = letter(
                HeaderOrder.ADDRESSEE_FIRST,
                "Sent by email",
                "The Panel's assessment of {council}'s progress towards improvement",
                List.of(
                        note("Open with the Panel's last letter to the Secretary of State and what it reported."),
                        heading("Progress since our last letter"),
                        note("Insert the round's summary (Insert > Round summary) and say what it means."),
                        heading("Long-term financial strategy"),
                        note("The Panel's view of the budget and the savings plan."),
                        heading("Next steps"),
                        paragraph("During the next three months the Panel will continue to work closely with the"
                                + " Council's leadership, while preparing a further assessment of the Council's"
                                + " progress.")));
        return new Shipped(
                ASSESSMENT,
                "The chair's periodic assessment of the council's progress, with headed sections; one signatory.",
                new TemplateContent(letter, SECRETARY_OF_STATE, List.of(CHAIR)));
    }

    private static Shipped joint() {
        LetterDocument letter = letter(
                HeaderOrder.DATE_FIRST,
                "SENT VIA E-MAIL",
                "{council} and {panel}",
                List.of(
                        note("What has changed in the council and why the council and the Panel write together."),
                        note("What they will do together, and by when."),
                        paragraph("We will welcome any observations you may wish to provide and would like to meet"
                                + " with you to discuss the Council's plans for the future.")));
        return new Shipped(
                JOINT,
                "A letter the council's leader and the Panel's chair sign together.",
                new TemplateContent(letter, SECRETARY_OF_STATE, List.of(LEADER, CHAIR)));
    }

    private static Shipped covering() {
        LetterDocument letter = letter(
                HeaderOrder.ADDRESSEE_FIRST,
                "Sent by email",
                "{council}'s improvement progress",
                List.of(
                        note("Which report is attached, who wrote it and what it covers."),
                        note("What the report finds, and what the council commits to."),
                        paragraph("We think it would be helpful to discuss the attached report with you at an early"
                                + " date and look forward to hearing from you.")));
        return new Shipped(
                COVERING,
                "A short letter sending a report to the Secretary of State, signed by the chair and the leader.",
                new TemplateContent(letter, SECRETARY_OF_STATE, List.of(CHAIR, LEADER)));
    }

    private static Shipped pressRelease() {
        LetterDocument release = new LetterDocument(
                DocumentKind.PRESS_RELEASE,
                LETTERHEAD,
                "",
                LocalDate.of(2000, 1, 1),
                "",
                HeaderOrder.DATE_FIRST,
                null,
                "",
                "{panel} publishes its assessment",
                List.of(
                        paragraph("{panel} today published a letter to the Secretary of State reporting on the"
                                + " progress {council} has made."),
                        note("Quote the chair, and set out the Panel's main findings.")),
                "",
                List.of(),
                List.of(),
                false,
                "For further information please contact the Panel's office.",
                List.of(heading("Background"), note("Who appointed the Panel, when, and who its members are.")));
        return new Shipped(
                PRESS,
                "A press release: headline, quotes, ENDS, contact and notes to editors.",
                new TemplateContent(release, null, List.of()));
    }

    private static LetterDocument letter(HeaderOrder order, String delivery, String subject, List<Block> body) {
        return new LetterDocument(
                DocumentKind.LETTER,
                LETTERHEAD,
                "",
                LocalDate.of(2000, 1, 1),
                delivery,
                order,
                null,
                "Dear Secretary of State,",
                subject,
                body,
                "Yours sincerely",
                List.of(),
                List.of(),
                false,
                "",
                List.of());
    }

    private static Block heading(String text) {
        return new Block.Heading(newId(), text, null);
    }

    private static Block paragraph(String text) {
        return new Block.Paragraph(newId(), List.of(Run.plain(text)), null);
    }

    private static Block note(String text) {
        return new Block.Note(newId(), text, null);
    }

    static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
