package org.stocktake.panel.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.stocktake.audit.service.AuditTrail;
import org.stocktake.panel.persistence.PanelRepository;
import org.stocktake.shared.Action;
import org.stocktake.shared.TextHygiene;
import org.stocktake.shared.ValidationException;
import org.stocktake.shared.persistence.Database;

/**
 * The people a panel works with and the offices they hold over time. Changing them is changing the register, so every
 * change asks the audit trail first whether the one acting may, as the recommendations do; a refusal is recorded
 * there and nothing is changed.
 */
public final class PanelService {

    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final PanelRepository repository = new PanelRepository();

    public PanelService(Database database, Clock clock, AuditTrail audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
    }

    /** @throws org.stocktake.shared.NotAllowedException if the one acting may not change the register */
    public Organisation addOrganisation(String name, OrganisationKind kind) {
        audit.permit(Action.EDIT_REGISTER);
        String kept = line(name, 300, "An organisation needs a name.", "An organisation's name");
        if (kind == null) {
            throw new ValidationException("Say what kind of body the organisation is.");
        }
        return database.transaction(dsl -> repository.insertOrganisation(dsl, kept, kind, now()));
    }

    /** @throws org.stocktake.shared.NotAllowedException if the one acting may not change the register */
    public Person addPerson(String fullName, String honorific, String postNominals) {
        audit.permit(Action.EDIT_REGISTER);
        String name = line(fullName, 300, "A person needs a name.", "A name");
        String title = optionalLine(honorific, 100, "An honorific");
        String letters = optionalLine(postNominals, 100, "Post-nominal letters");
        return database.transaction(dsl -> repository.insertPerson(dsl, name, title, letters, now()));
    }

    /**
     * Records that {@code person} holds {@code role} in {@code organisation} between the dates (either may be open).
     *
     * @throws org.stocktake.shared.NotAllowedException if the one acting may not change the register
     */
    public void appoint(
            Person person,
            Organisation organisation,
            Role role,
            String officeTitle,
            LocalDate startsOn,
            LocalDate endsOn) {
        audit.permit(Action.EDIT_REGISTER);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new ValidationException("An appointment cannot end before it starts.");
        }
        String office = optionalLine(officeTitle, 300, "An office's title");
        database.transact(dsl -> repository.insertAppointment(
                dsl, person.id(), organisation.id(), role, office, startsOn, endsOn, now()));
    }

    /**
     * Sets the postal address printed under the name of whoever a letter addresses in this organisation.
     *
     * @throws ValidationException if a line is too long or the address has more than eight lines
     * @throws org.stocktake.shared.NotAllowedException if the one acting may not change the register
     */
    public Organisation setAddress(Organisation organisation, List<String> lines) {
        audit.permit(Action.EDIT_REGISTER);
        List<String> kept = lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (kept.size() > 8 || kept.stream().anyMatch(line -> line.length() > 120)) {
            throw new ValidationException("An address has at most eight lines of up to 120 characters.");
        }
        if (String.join("\n", kept).length() > 1000) {
            throw new ValidationException("An address has at most 1,000 characters.");
        }
        kept.forEach(line -> optionalLine(line, 120, "An address line"));
        database.transact(tx -> repository.updateAddress(tx, organisation.id(), kept));
        return new Organisation(organisation.id(), organisation.uuid(), organisation.name(), organisation.kind(), kept);
    }

    public List<Organisation> organisations() {
        return repository.organisations(database.dsl());
    }

    /** Who held office in the organisation on the date, panel roles first. */
    public List<Appointment> officeHolders(Organisation organisation, LocalDate date) {
        return repository.appointments(database.dsl()).stream()
                .filter(a -> a.organisation().id() == organisation.id() && a.heldOn(date))
                .sorted(Comparator.comparing(Appointment::role))
                .toList();
    }

    /** Everyone in the register, by name, whether or not they hold an office now. */
    public List<Person> people() {
        return repository.people(database.dsl());
    }

    public List<Appointment> appointments() {
        return repository.appointments(database.dsl());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** One line of text, stripped, within {@code limit}; the sentences say what is missing or wrong. */
    private static String line(String value, int limit, String missing, String what) {
        String kept = TextHygiene.trimmed(value);
        if (kept == null) {
            throw new ValidationException(missing);
        }
        return optionalLine(kept, limit, what);
    }

    private static String optionalLine(String value, int limit, String what) {
        String kept = TextHygiene.trimmed(value);
        if (kept == null) {
            return null;
        }
        if (kept.length() > limit) {
            throw new ValidationException(what + " has at most " + limit + " characters.");
        }
        String refused = TextHygiene.firstRefused(kept, false);
        if (refused != null) {
            throw new ValidationException(what + " holds " + refused + ".");
        }
        return kept;
    }
}
