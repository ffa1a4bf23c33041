package org.stocktake.letters.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stocktake.letters.document.Addressee;
import org.stocktake.letters.document.LetterDocument;
import org.stocktake.letters.document.Signatory;
import org.stocktake.panel.service.Appointment;

/**
 * Fills a letter's addressee and signatories from the panel register: the person holding each office on the
 * letter's date, with the office's title and address. A letter dated 11 January 2016 to the Secretary of State goes
 * to Greg Clark, one dated 8 March 2018 to Sajid Javid, each under the office's title of that day.
 */
public final class OfficeHolders {

    private final List<Appointment> appointments;

    public OfficeHolders(List<Appointment> appointments) {
        this.appointments = List.copyOf(appointments);
    }

    /** Who held the office on the date; the most recently appointed when the register names more than one. */
    public Optional<Appointment> holder(TemplateContent.Office office, LocalDate date) {
        return appointments.stream()
                .filter(a ->
                        a.role() == office.role() && a.organisation().kind() == office.organisation() && a.heldOn(date))
                .reduce((first, later) -> later);
    }

    /** The letter with its addressee and signatories filled for its date, where the register knows them. */
    public LetterDocument fill(LetterDocument letter, TemplateContent template) {
        LetterDocument filled = letter;
        if (template.addressee() != null) {
            Optional<Appointment> to = holder(template.addressee(), letter.date());
            if (to.isPresent()) {
                filled = filled.withAddressee(addressee(to.get()));
            }
        }
        List<Signatory> signatories = new ArrayList<>();
        for (TemplateContent.Office office : template.signatories()) {
            holder(office, letter.date())
                    .map(a -> signatory(a, office))
                    .ifPresentOrElse(signatories::add, () -> signatories.add(vacant(office)));
        }
        return template.signatories().isEmpty() ? filled : filled.withSignatories(signatories);
    }

    /** Whether the addressee named in the letter held that office on its date (a letter typed by hand passes). */
    public boolean addresseeInOffice(LetterDocument letter) {
        if (letter.addressee().person() == null) {
            return true;
        }
        return appointments.stream()
                .anyMatch(a -> a.person().uuid().equals(letter.addressee().person())
                        && a.heldOn(letter.date())
                        && a.officeTitle().equals(letter.addressee().office()));
    }

    static Addressee addressee(Appointment appointment) {
        return new Addressee(
                appointment.person().displayName(),
                appointment.officeTitle(),
                appointment.organisation().address(),
                appointment.person().uuid());
    }

    private static Signatory signatory(Appointment appointment, TemplateContent.Office office) {
        List<String> lines = office.roleLines().isEmpty() ? List.of(appointment.officeTitle()) : office.roleLines();
        String name = appointment.person().honorific() != null
                        && appointment.person().honorific().startsWith("Cllr")
                ? "Cllr " + appointment.person().fullName()
                : appointment.person().fullName();
        return new Signatory(name, lines, appointment.person().uuid(), null);
    }

    private static Signatory vacant(TemplateContent.Office office) {
        return new Signatory("", office.roleLines(), null, null);
    }
}
