package org.stocktake.panel.persistence;

import static org.stocktake.shared.persistence.jooq.Tables.APPOINTMENT;
import static org.stocktake.shared.persistence.jooq.Tables.ORGANISATION;
import static org.stocktake.shared.persistence.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.stocktake.panel.service.Appointment;
import org.stocktake.panel.service.Organisation;
import org.stocktake.panel.service.OrganisationKind;
import org.stocktake.panel.service.Person;
import org.stocktake.panel.service.Role;
import org.stocktake.shared.persistence.Transaction;

/** Organisations, people and the offices they hold. Every method joins the caller's transaction. */
public final class PanelRepository {

    public Organisation insertOrganisation(Transaction tx, String name, OrganisationKind kind, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        UUID uuid = UUID.randomUUID();
        long id = dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.UUID, uuid)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.KIND, kind.name())
                .set(ORGANISATION.CREATED_AT, now)
                .returning(ORGANISATION.ID)
                .fetchOne()
                .getId();
        return new Organisation(id, uuid, name, kind);
    }

    public Person insertPerson(
            Transaction tx, String fullName, String honorific, String postNominals, OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        UUID uuid = UUID.randomUUID();
        long id = dsl.insertInto(PERSON)
                .set(PERSON.UUID, uuid)
                .set(PERSON.FULL_NAME, fullName)
                .set(PERSON.HONORIFIC, honorific)
                .set(PERSON.POST_NOMINALS, postNominals)
                .set(PERSON.CREATED_AT, now)
                .returning(PERSON.ID)
                .fetchOne()
                .getId();
        return new Person(id, uuid, fullName, honorific, postNominals);
    }

    public void insertAppointment(
            Transaction tx,
            long personId,
            long organisationId,
            Role role,
            String officeTitle,
            LocalDate startsOn,
            LocalDate endsOn,
            OffsetDateTime now) {
        DSLContext dsl = tx.jooq();
        dsl.insertInto(APPOINTMENT)
                .set(APPOINTMENT.UUID, UUID.randomUUID())
                .set(APPOINTMENT.PERSON_ID, personId)
                .set(APPOINTMENT.ORGANISATION_ID, organisationId)
                .set(APPOINTMENT.ROLE, role.name())
                .set(APPOINTMENT.OFFICE_TITLE, officeTitle)
                .set(APPOINTMENT.STARTS_ON, startsOn)
                .set(APPOINTMENT.ENDS_ON, endsOn)
                .set(APPOINTMENT.CREATED_AT, now)
                .execute();
    }

    public List<Organisation> organisations(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.selectFrom(ORGANISATION)
                .orderBy(ORGANISATION.NAME)
                .fetch(row -> new Organisation(
                        row.getId(),
                        row.getUuid(),
                        row.getName(),
                        OrganisationKind.valueOf(row.getKind()),
                        addressLines(row.getAddress())));
    }

    public void updateAddress(Transaction tx, long organisationId, List<String> address) {
        tx.jooq()
                .update(ORGANISATION)
                .set(ORGANISATION.ADDRESS, address.isEmpty() ? null : String.join("\n", address))
                .where(ORGANISATION.ID.eq(organisationId))
                .execute();
    }

    private static List<String> addressLines(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\n"));
    }

    /** Every appointment, in organisation, role and start order. */
    /** Everyone in the register, by name. */
    public List<Person> people(Transaction tx) {
        return tx.jooq()
                .selectFrom(PERSON)
                .orderBy(PERSON.FULL_NAME, PERSON.ID)
                .fetch(row -> new Person(
                        row.getId(), row.getUuid(), row.getFullName(), row.getHonorific(), row.getPostNominals()));
    }

    public List<Appointment> appointments(Transaction tx) {
        DSLContext dsl = tx.jooq();
        return dsl.select()
                .from(APPOINTMENT)
                .join(PERSON)
                .on(PERSON.ID.eq(APPOINTMENT.PERSON_ID))
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(APPOINTMENT.ORGANISATION_ID))
                .orderBy(ORGANISATION.NAME, APPOINTMENT.STARTS_ON.asc().nullsFirst(), APPOINTMENT.ID)
                .fetch(PanelRepository::toAppointment);
    }

    private static Appointment toAppointment(Record row) {
        Person person = new Person(
                row.get(PERSON.ID),
                row.get(PERSON.UUID),
                row.get(PERSON.FULL_NAME),
                row.get(PERSON.HONORIFIC),
                row.get(PERSON.POST_NOMINALS));
        Organisation organisation = new Organisation(
                row.get(ORGANISATION.ID),
                row.get(ORGANISATION.UUID),
                row.get(ORGANISATION.NAME),
                OrganisationKind.valueOf(row.get(ORGANISATION.KIND)),
                addressLines(row.get(ORGANISATION.ADDRESS)));
        return new Appointment(
                row.get(APPOINTMENT.UUID),
                person,
                organisation,
                Role.valueOf(row.get(APPOINTMENT.ROLE)),
                row.get(APPOINTMENT.OFFICE_TITLE),
                row.get(APPOINTMENT.STARTS_ON),
                row.get(APPOINTMENT.ENDS_ON));
    }
}
